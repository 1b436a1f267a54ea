// What ./index.tsx loads with the first scenario that has goals.
export { GoalsLine } from './GoalsLine';
export { GoalsPanel } from './GoalsPanel';
