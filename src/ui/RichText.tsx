/** Text in which `backticked` words are shown as code, as scenario authors write them. */
export function RichText({ text }: { text: string }) {
  return <>{text.split('`').map((part, k) => (k % 2 === 1 ? <code key={k}>{part}</code> : part))}</>;
}
