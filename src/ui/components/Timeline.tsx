import { useState } from 'preact/hooks';
import type { EventView, LegView } from '../../views/types';
import { t } from '../i18n';
import { stageLabel } from './labels';
import { groupTimeline } from './timelineGroups';
import { TimelineEvent } from './TimelineEvent';
import './components.css';

interface TimelineProps {
  legs: readonly LegView[];
  timeline: readonly EventView[];
  primaryNumber: string;
  /** Show only the newest `limit` events until the reader asks for all (long journeys in a page panel). */
  limit?: number;
}

/** The unified timeline, newest first, under one header per leg (stage, and the carrier when known). */
export function Timeline({ legs, timeline, primaryNumber, limit }: TimelineProps) {
  const [expanded, setExpanded] = useState(false);
  const groups = groupTimeline(legs, timeline);
  if (groups.length === 0) return <p class="pl-muted">{t('timeline.empty')}</p>;
  const total = groups.reduce((n, g) => n + g.events.length, 0);
  let budget = limit !== undefined && !expanded ? limit : Infinity;
  // Newest first: the legs come newest first, so the cut keeps the latest events of the journey.
  const shown = groups
    .map((group) => {
      const events = group.events.slice(0, Math.max(0, budget));
      budget -= events.length;
      return { ...group, events };
    })
    .filter((group) => group.events.length > 0);
  return (
    <>
      <ol class="pl-legs">
        {shown.map((group, i) => (
          <li key={i} class="pl-leg" data-stage={group.stage ?? ''}>
            <h4 class="pl-leg-title">{group.carrier ? t('timeline.legWithCarrier', [stageLabel(group.stage), group.carrier]) : stageLabel(group.stage)}</h4>
            <ol class="pl-events">
              {group.events.map((event, j) => (
                <TimelineEvent key={`${event.time}-${j}`} event={event} primaryNumber={primaryNumber} />
              ))}
            </ol>
          </li>
        ))}
      </ol>
      {budget <= 0 && total > (limit ?? Infinity) && (
        <button type="button" class="pl-btn pl-btn-small pl-show-all" onClick={() => setExpanded(true)}>
          {t('timeline.showAll', [String(total)])}
        </button>
      )}
    </>
  );
}
