import { has, t } from '../i18n';
import '../components/components.css';
import './page.css';

/** Why ParcelLens shows nothing on this page: unreadable layout, verification asked, signed out… */
export type PageProblemCode = 'unreadable' | 'verification' | 'logged_out' | 'traffic_limit' | 'error';

export function PageProblem({ code }: { code: PageProblemCode | (string & {}) }) {
  const key = `page.problem.${code}`;
  return (
    <p class="pl-root pl-page pl-problem" role="status" data-parcellens-problem={code}>
      {has(key) ? t(key) : t('page.problem.error')}
    </p>
  );
}
