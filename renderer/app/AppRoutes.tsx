import { Route, Switch } from 'wouter';
import { CompaniesPage } from '../features/companies/CompaniesPage';
import { CompanyFormPage } from '../features/companies/CompanyFormPage';
import { DeskFormPage } from '../features/desks/DeskFormPage';
import { DesksPage } from '../features/desks/DesksPage';
import { NotFoundPage } from '../features/pending/NotFoundPage';
import { PendingPage } from '../features/pending/PendingPage';
import { SettingsPage } from '../features/settings/SettingsPage';

/** Every screen's address; `new` is matched before `:id` so it is never read as an ID. */
export function AppRoutes() {
  return (
    <Switch>
      <Route path="/">
        <PendingPage section="dashboard" />
      </Route>
      <Route path="/incidents">
        <PendingPage section="incidents" />
      </Route>
      <Route path="/policies">
        <PendingPage section="policies" />
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
