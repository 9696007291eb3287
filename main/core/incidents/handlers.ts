import type { incidentsContract } from '../../../shared/contract/incidents';
import type { Handlers } from '../../../shared/rpc/dispatch';
import type { CoreContext } from '../context';
import { incidentDashboard } from './dashboard';
import { listNotifications, planNotification, updateNotification } from './notifications';
import { markNotificationSent } from './sending';
import { assessValues, createIncident, deleteIncident, getIncident, listIncidents, updateIncident } from './service';
import { addTimelineEvent, listTimeline } from './timeline';

export const incidentsHandlers: Pick<Handlers<CoreContext>, keyof typeof incidentsContract> = {
  'incidents.list': (input, ctx) => listIncidents(ctx, input),
  'incidents.get': (input, ctx) => getIncident(ctx, input.id),
  'incidents.create': (input, ctx) => createIncident(ctx, input),
  'incidents.update': (input, ctx) => updateIncident(ctx, input),
  'incidents.delete': (input, ctx) => deleteIncident(ctx, input.id, input.revision),
  'incidents.assess': (input, ctx) => assessValues(input, ctx.now()),
  'incidents.dashboard': (input, ctx) => incidentDashboard(ctx, input),
  'timeline.add': (input, ctx) => addTimelineEvent(ctx, input),
  'timeline.list': (input, ctx) => listTimeline(ctx, input.incidentId),
  'notifications.list': (input, ctx) => listNotifications(ctx, input.incidentId),
  'notifications.plan': (input, ctx) => planNotification(ctx, input),
  'notifications.update': (input, ctx) => updateNotification(ctx, input),
  'notifications.markSent': (input, ctx) => markNotificationSent(ctx, input),
};
