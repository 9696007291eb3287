import { Route, Switch } from 'wouter';
import { CompaniesPage } from '../features/companies/CompaniesPage';
import { CompanyFormPage } from '../features/companies/CompanyFormPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { DeskFormPage } from '../features/desks/DeskFormPage';
import { DesksPage } from '../features/desks/DesksPage';
import { IncidentFormPage } from '../features/incidents/IncidentFormPage';
import { IncidentsPage } from '../features/incidents/IncidentsPage';
import { NotFoundPage } from '../features/not-found/NotFoundPage';
import { PoliciesPage } from '../features/policies/PoliciesPage';
import { PolicyEditorPage } from '../features/policies/PolicyEditorPage';
import { PolicyImportPage } from '../features/policies/PolicyImportPage';
import { PpcFormPage } from '../features/ppc-form/PpcFormPage';
import { SettingsPage } from '../features/settings/SettingsPage';

/** Every screen's address; `new` is matched before `:id` so it is never read as an ID. */
export function AppRoutes() {
  return (
    <Switch>
      <Route path="/" component={DashboardPage} />
      <Route path="/incidents" component={IncidentsPage} />
      <Route path="/incidents/new">
        <IncidentFormPage id={null} />
      </Route>
      <Route path="/incidents/:id/ppc-form/:notificationId">
        {(params) => <PpcFormPage key={params.notificationId} incidentId={parseId(params.id)} notificationId={parseId(params.notificationId)} />}
      </Route>
      <Route path="/incidents/:id/:tab?">
        {(params) => <IncidentFormPage key={params.id} id={parseId(params.id)} tab={params.tab} />}
      </Route>
      <Route path="/policies" component={PoliciesPage} />
      <Route path="/policies/import" component={PolicyImportPage} />
      <Route path="/policies/:id/:tab/:section">
        {(params) => <PolicyEditorPage key={params.id} id={parseId(params.id)} tab={params.tab} section={params.section} />}
      </Route>
      <Route path="/policies/:id/:tab?">
        {(params) => <PolicyEditorPage key={params.id} id={parseId(params.id)} tab={params.tab} section={undefined} />}
      </Route>
      <Route path="/companies" component={CompaniesPage} />
      <Route path="/companies/new">
        <CompanyFormPage id={null} />
      </Route>
      <Route path="/companies/:id">{(params) => <CompanyFormPage id={parseId(params.id)} />}</Route>
      <Route path="/desks" component={DesksPage} />
      <Route path="/desks/new">
        <DeskFormPage id={null} />
      </Route>
      <Route path="/desks/:id">{(params) => <DeskFormPage id={parseId(params.id)} />}</Route>
      <Route path="/settings/:tab?">{(params) => <SettingsPage tab={params.tab} />}</Route>
      <Route component={NotFoundPage} />
    </Switch>
  );
}

/** A malformed ID becomes 0, which the core answers with "not found" like any unknown record. */
function parseId(raw: string): number {
  const id = Number(raw);
  return Number.isInteger(id) && id > 0 ? id : 0;
}
