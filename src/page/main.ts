// The entry of the single-file page (`Export page…`, built by build/page.ts): the state the page
// was exported with goes into the address first, then the app starts exactly as it does online.
import './state';
import '../main';
