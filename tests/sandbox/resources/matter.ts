import { nested, type Resource, scalar, unmodelled, unmodelledList } from '../http/render.ts';
import type { Matter } from '../state/types.ts';
import { ContactResource } from './contact.ts';
import { CurrencyResource } from './embedded.ts';
import { UserResource } from './user.ts';

export const MatterResource: Resource<Matter> = {
  name: 'Matter',
  defaults: ['id', 'etag'],
  fields: {
    id: scalar((matter) => matter.id),
    etag: scalar((matter) => matter.etag),
    number: scalar((matter) => matter.number),
    display_number: scalar((matter) => matter.display_number),
    custom_number: scalar(() => null),
    description: scalar((matter) => matter.description),
    status: scalar((matter) => matter.status),
    location: scalar(() => null),
    client_reference: scalar(() => null),
    client_id: scalar((matter) => matter.clientId),
    billable: scalar(() => true),
    maildrop_address: scalar((matter) => `matter-${matter.id}@maildrop.example`),
    billing_method: scalar((matter) => matter.billing_method),
    open_date: scalar((matter) => matter.open_date),
    close_date: scalar(() => null),
    pending_date: scalar(() => null),
    created_at: scalar((matter) => matter.created_at),
    updated_at: scalar((matter) => matter.updated_at),
    shared: scalar(() => false),
    has_tasks: scalar(() => false),
    last_activity_date: scalar((matter) => matter.open_date),
    matter_stage_updated_at: scalar(() => null),
    currency: nested(
      () => CurrencyResource,
      (matter) => matter.currency,
    ),
    client: nested(
      () => ContactResource,
      (matter, ctx) => ctx.state.data.contacts.get(matter.clientId),
    ),
    responsible_attorney: nested(
      () => UserResource,
      (matter, ctx) => ctx.state.data.users.get(matter.responsibleAttorneyId),
    ),
    originating_attorney: nested(
      () => UserResource,
      (matter, ctx) => ctx.state.data.users.get(matter.responsibleAttorneyId),
    ),
    user: nested(
      () => UserResource,
      (matter, ctx) => ctx.state.data.users.get(matter.responsibleAttorneyId),
    ),
    responsible_staff: unmodelled,
    contingency_fee: unmodelled,
    custom_rate: unmodelled,
    evergreen_retainer: unmodelled,
    folder: unmodelled,
    group: unmodelled,
    matter_budget: unmodelled,
    matter_stage: unmodelled,
    practice_area: unmodelled,
    statute_of_limitations: unmodelled,
    legal_aid_uk_matter: unmodelled,
    attorney_allocation: unmodelled,
    account_balances: unmodelledList,
    custom_field_values: unmodelledList,
    custom_field_set_associations: unmodelledList,
    matter_bill_recipients: unmodelledList,
    relationships: unmodelledList,
    task_template_list_instances: unmodelledList,
    kyc_field_values: unmodelledList,
    split_invoice_payers: unmodelledList,
  },
};
