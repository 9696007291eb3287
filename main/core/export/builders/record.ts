import type { Company } from '../../../../shared/domain/company';
import type { Desk } from '../../../../shared/domain/desk';
import type { IncidentDetail } from '../../../../shared/domain/incident';
import type { Notification } from '../../../../shared/domain/incident-notification';
import type { TimelineEvent } from '../../../../shared/domain/incident-timeline';
import type { DocumentLang, IsoDate } from '../model';

/**
 * What the incident builders read: plain objects as the contract returns them, gathered by the export service.
 * The builders never reach the store or the clock, so a test can hand them any record, complete or not.
 */
export interface IncidentRecord {
  incident: IncidentDetail;
  company: Company;
  timeline: readonly TimelineEvent[];
  notifications: readonly Notification[];
  /** The company's desks; the notice to individuals names its own inquiry desks (Rule Art. 10, other matters). */
  desks: readonly Desk[];
}

export interface BuildOptions {
  lang: DocumentLang;
  /** Dates with the Japanese era as well (ui-guide "Dates in documents"). */
  era?: boolean;
  /** Japan's date when the document is made: its date line, and what open deadlines are counted against. */
  today: IsoDate;
}
