import { nested, type Resource, scalar, unmodelled, unmodelledList } from '../http/render.ts';
import type { Contact } from '../state/types.ts';
import { CurrencyResource } from './embedded.ts';

export const ContactResource: Resource<Contact> = {
  name: 'Contact',
  defaults: ['id', 'etag'],
  fields: {
    id: scalar((contact) => contact.id),
    etag: scalar((contact) => contact.etag),
    name: scalar((contact) => contact.name),
    first_name: scalar((contact) => contact.first_name),
    middle_name: scalar(() => null),
    last_name: scalar((contact) => contact.last_name),
    date_of_birth: scalar(() => null),
    type: scalar((contact) => contact.type),
    created_at: scalar((contact) => contact.created_at),
    updated_at: scalar((contact) => contact.updated_at),
    prefix: scalar(() => null),
    title: scalar(() => null),
    initials: scalar((contact) =>
      contact.name
        .split(/\s+/)
        .slice(0, 2)
        .map((word) => word.slice(0, 1))
        .join(''),
    ),
    clio_connect_email: scalar((contact) => contact.primary_email_address),
    locked_clio_connect_email: scalar(() => false),
    client_connect_user_id: scalar(() => null),
    primary_email_address: scalar((contact) => contact.primary_email_address),
    secondary_email_address: scalar(() => null),
    primary_phone_number: scalar((contact) => contact.primary_phone_number),
    secondary_phone_number: scalar(() => null),
    ledes_client_id: scalar(() => null),
    has_clio_for_clients_permission: scalar(() => true),
    is_client: scalar((contact) => contact.is_client),
    is_clio_for_client_user: scalar(() => true),
    is_co_counsel: scalar(() => false),
    is_bill_recipient: scalar(() => true),
    sales_tax_number: scalar(() => null),
    currency: nested(
      () => CurrencyResource,
      (contact) => contact.currency,
    ),
    activity_rates: unmodelledList,
    addresses: unmodelledList,
    custom_field_values: unmodelledList,
    custom_field_set_associations: unmodelledList,
    email_addresses: unmodelledList,
    instant_messengers: unmodelledList,
    phone_numbers: unmodelledList,
    web_sites: unmodelledList,
    notification_methods: unmodelledList,
    account_balances: unmodelledList,
    related_contacts: unmodelledList,
    kyc_field_values: unmodelledList,
    primary_work_address: unmodelled,
    primary_address: unmodelled,
    secondary_address: unmodelled,
    company: unmodelled,
    avatar: unmodelled,
    payment_profile: unmodelled,
    folder: unmodelled,
    co_counsel_rate: unmodelled,
    primary_web_site: unmodelled,
    legal_aid_uk_contact: unmodelled,
  },
};
