import { CopyButton } from './CopyButton';

interface NumberCopyListProps {
  numbers: readonly string[];
  copy?: (text: string) => Promise<void>;
}

/** Every number a parcel is known by (LP code, S10, last-mile number), each with its own copy button. */
export function NumberCopyList({ numbers, copy }: NumberCopyListProps) {
  return (
    <ul class="pl-numbers">
      {numbers.map((n) => (
        <li key={n} class="pl-number">
          <bdi class="pl-num">{n}</bdi>
          <CopyButton text={n} {...(copy ? { copy } : {})} />
        </li>
      ))}
    </ul>
  );
}
