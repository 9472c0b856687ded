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
}

/** The unified timeline, newest first, under one header per leg (stage, and the carrier when known). */
export function Timeline({ legs, timeline, primaryNumber }: TimelineProps) {
  const groups = groupTimeline(legs, timeline);
  if (groups.length === 0) return <p class="pl-muted">{t('timeline.empty')}</p>;
  return (
    <ol class="pl-legs">
      {groups.map((group, i) => (
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
  );
}
