import { lazy, Suspense, type ComponentType } from 'react';
import { Route, Switch } from 'wouter';
import { QueryState } from '../components/QueryState';
import { DashboardPage } from '../features/dashboard/DashboardPage';

/**
 * The dashboard (the first screen) is in the entry chunk; every other screen is its own chunk, fetched when first
 * opened, so start-up does not parse the policy editor, the forms and their schemas (issue 15: start-up).
 */
function screen<K extends string, P extends object>(load: () => Promise<Record<K, ComponentType<P>>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const CompaniesPage = screen(() => import('../features/companies/CompaniesPage'), 'CompaniesPage');
const CompanyFormPage = screen(() => import('../features/companies/CompanyFormPage'), 'CompanyFormPage');
const DeskFormPage = screen(() => import('../features/desks/DeskFormPage'), 'DeskFormPage');
const DesksPage = screen(() => import('../features/desks/DesksPage'), 'DesksPage');
const ProvisionFormPage = screen(() => import('../features/provisions/ProvisionFormPage'), 'ProvisionFormPage');
const ProvisionsPage = screen(() => import('../features/provisions/ProvisionsPage'), 'ProvisionsPage');
const RequestFormPage = screen(() => import('../features/requests/RequestFormPage'), 'RequestFormPage');
const RequestsPage = screen(() => import('../features/requests/RequestsPage'), 'RequestsPage');
const IncidentFormPage = screen(() => import('../features/incidents/IncidentFormPage'), 'IncidentFormPage');
const IncidentsPage = screen(() => import('../features/incidents/IncidentsPage'), 'IncidentsPage');
const NotFoundPage = screen(() => import('../features/not-found/NotFoundPage'), 'NotFoundPage');
const PoliciesPage = screen(() => import('../features/policies/PoliciesPage'), 'PoliciesPage');
const PolicyEditorPage = screen(() => import('../features/policies/PolicyEditorPage'), 'PolicyEditorPage');
const PolicyImportPage = screen(() => import('../features/policies/PolicyImportPage'), 'PolicyImportPage');
const InventoryFormPage = screen(() => import('../features/inventory/InventoryFormPage'), 'InventoryFormPage');
const InventoryPage = screen(() => import('../features/inventory/InventoryPage'), 'InventoryPage');
const EntrusteeFormPage = screen(() => import('../features/entrustees/EntrusteeFormPage'), 'EntrusteeFormPage');
const EntrusteesPage = screen(() => import('../features/entrustees/EntrusteesPage'), 'EntrusteesPage');
const PpcFormPage = screen(() => import('../features/ppc-form/PpcFormPage'), 'PpcFormPage');
const SettingsPage = screen(() => import('../features/settings/SettingsPage'), 'SettingsPage');
const StartPage = screen(() => import('../features/start/StartPage'), 'StartPage');

/** Every screen's address; `new` is matched before `:id` so it is never read as an ID. */
export function AppRoutes() {
  return (
    <Suspense fallback={<QueryState isPending error={null} onRetry={() => undefined} />}>
      <Switch>
        <Route path="/" component={DashboardPage} />
        <Route path="/start" component={StartPage} />
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
        <Route path="/inventory">
          <InventoryPage />
        </Route>
        <Route path="/inventory/new">
          <InventoryFormPage id={null} />
        </Route>
        <Route path="/inventory/review-due">
          <InventoryPage key="review-due" reviewDue />
        </Route>
        <Route path="/inventory/:id">{(params) => <InventoryFormPage key={params.id} id={parseId(params.id)} />}</Route>
        <Route path="/entrustees">
          <EntrusteesPage />
        </Route>
        <Route path="/entrustees/new">
          <EntrusteeFormPage id={null} />
        </Route>
        <Route path="/entrustees/check-due">
          <EntrusteesPage key="check-due" checkDue />
        </Route>
        <Route path="/entrustees/:id">{(params) => <EntrusteeFormPage key={params.id} id={parseId(params.id)} />}</Route>
        <Route path="/companies/:id">{(params) => <CompanyFormPage id={parseId(params.id)} />}</Route>
        <Route path="/desks" component={DesksPage} />
        <Route path="/desks/new">
          <DeskFormPage id={null} />
        </Route>
        <Route path="/desks/:id">{(params) => <DeskFormPage id={parseId(params.id)} />}</Route>
        <Route path="/requests">
          <RequestsPage />
        </Route>
        <Route path="/requests/new">
          <RequestFormPage id={null} deskId={null} />
        </Route>
        <Route path="/requests/new/desk/:deskId">{(params) => <RequestFormPage id={null} deskId={parseId(params.deskId)} />}</Route>
        <Route path="/requests/desk/:deskId">{(params) => <RequestsPage key={`desk-${params.deskId}`} deskId={parseId(params.deskId)} />}</Route>
        <Route path="/requests/status/:state">{(params) => <RequestsPage key={`state-${params.state}`} state={params.state} />}</Route>
        <Route path="/requests/:id">{(params) => <RequestFormPage key={params.id} id={parseId(params.id)} deskId={null} />}</Route>
        <Route path="/provisions">
          <ProvisionsPage />
        </Route>
        <Route path="/provisions/new">
          <ProvisionFormPage id={null} />
        </Route>
        <Route path="/provisions/expired">
          <ProvisionsPage view="expired" />
        </Route>
        <Route path="/provisions/:id">{(params) => <ProvisionFormPage key={params.id} id={parseId(params.id)} />}</Route>
        <Route path="/settings/:tab?">{(params) => <SettingsPage tab={params.tab} />}</Route>
        <Route component={NotFoundPage} />
      </Switch>
    </Suspense>
  );
}

/** A malformed ID becomes 0, which the core answers with "not found" like any unknown record. */
function parseId(raw: string): number {
  const id = Number(raw);
  return Number.isInteger(id) && id > 0 ? id : 0;
}
