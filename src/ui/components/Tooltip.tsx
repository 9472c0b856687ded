import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useUid } from './uid';
import './components.css';

interface TooltipProps {
  /** The focusable trigger's content. */
  children: ComponentChildren;
  /** One line shown on hover and on focus, and announced as the trigger's description. */
  tip: string;
  class?: string;
  tone?: string;
}

/** A real tooltip element (not `title`): opens on hover and focus, closes on blur, leave or Escape. */
export function Tooltip({ children, tip, class: cls, tone }: TooltipProps) {
  const id = useUid('pl-tip');
  const [open, setOpen] = useState(false);
  return (
    <span class="pl-tipwrap" onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      <span
        class={cls}
        data-tone={tone}
        tabIndex={0}
        aria-describedby={id}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) {
            e.stopPropagation();
            setOpen(false);
          }
        }}
      >
        {children}
      </span>
      <span class="pl-tip" role="tooltip" id={id} hidden={!open}>
        {tip}
      </span>
    </span>
  );
}
