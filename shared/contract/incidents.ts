import { z } from 'zod';
import { incidentDetail, incidentFactsInput, incidentInput, incidentUpdateInput } from '../domain/incident';
import { assessmentSchema } from '../domain/incident-assessment';
import {
  notification,
  notificationPlanInput,
  notificationSentInput,
  notificationUpdateInput,
} from '../domain/incident-notification';
import { timelineEvent, timelineEventInput } from '../domain/incident-timeline';
import { checkDateRange, incidentDashboard, incidentListFilters, incidentSummary } from '../domain/incident-views';
import { idField, revisionField } from '../validation/fields';
import { read, write } from './define';
import { cappedPageOf, pageInput } from './pagination';

const byId = z.object({ id: idField }).strict();
const byIncident = z.object({ incidentId: idField }).strict();
const deleted = z.object({ id: z.number().int() });

/** Breach incidents (APPI Art. 26; Rule Arts. 7–10): the record, its timeline and its notifications. */
export const incidentsContract = {
  'incidents.list': read(
    incidentListFilters.extend(pageInput).strict().superRefine(checkDateRange),
    cappedPageOf(incidentSummary),
    { ja: 'インシデントの一覧', en: 'List incidents' },
  ),
  'incidents.get': read(byId, incidentDetail, { ja: 'インシデントの表示', en: 'Show an incident' }),
  'incidents.create': write(incidentInput, incidentDetail, { ja: 'インシデントを登録', en: 'Record an incident' }),
  'incidents.update': write(incidentUpdateInput, incidentDetail, { ja: 'インシデントを更新', en: 'Update an incident' }),
  /** Only while none of its notifications was sent: a sent one is evidence. `revision` as read, like an update. */
  'incidents.delete': write(z.object({ id: idField, revision: revisionField }).strict(), deleted, {
    ja: 'インシデントを削除',
    en: 'Delete an incident',
  }),
  /** The assessment of unsaved form values: the same shared/appi function the record's own assessment uses. */
  'incidents.assess': read(incidentFactsInput, assessmentSchema, { ja: '報告要否の判定', en: 'Assess reportability' }),
  'incidents.dashboard': read(
    z
      .object({
        openLimit: z.number().int().min(1).max(500).default(50),
        chartLimit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    incidentDashboard,
    { ja: '期限の一覧', en: 'Deadline dashboard' },
  ),

  'timeline.add': write(timelineEventInput, timelineEvent, { ja: '経緯を記録', en: 'Add a timeline event' }),
  'timeline.list': read(byIncident, z.object({ items: z.array(timelineEvent) }), {
    ja: '経緯の一覧',
    en: 'List the timeline',
  }),

  'notifications.list': read(byIncident, z.object({ items: z.array(notification) }), {
    ja: '報告・通知の一覧',
    en: 'List notifications',
  }),
  'notifications.plan': write(notificationPlanInput, notification, { ja: '報告・通知を予定に追加', en: 'Plan a notification' }),
  'notifications.update': write(notificationUpdateInput, notification, {
    ja: '報告・通知の予定を変更',
    en: 'Change a planned notification',
  }),
  'notifications.markSent': write(notificationSentInput, notification, {
    ja: '報告・通知を送信済みに変更',
    en: 'Mark a notification as sent',
  }),
};
