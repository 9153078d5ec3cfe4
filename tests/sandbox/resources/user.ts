import { nested, type Resource, scalar, unmodelled, unmodelledList } from '../http/render.ts';
import type { User } from '../state/types.ts';
import { AccountResource } from './embedded.ts';

export const UserResource: Resource<User> = {
  name: 'User',
  defaults: ['id', 'etag'],
  fields: {
    id: scalar((user) => user.id),
    etag: scalar((user) => user.etag),
    account_owner: scalar((user) => user.account_owner),
    clio_connect: scalar(() => false),
    court_rules_default_attendee: scalar(() => false),
    created_at: scalar((user) => user.created_at),
    updated_at: scalar((user) => user.updated_at),
    default_calendar_id: scalar((user) => user.id * 10),
    email: scalar((user) => user.email),
    enabled: scalar(() => true),
    first_name: scalar((user) => user.first_name),
    last_name: scalar((user) => user.last_name),
    initials: scalar((user) => user.initials),
    name: scalar((user) => user.name),
    phone_number: scalar(() => null),
    rate: scalar((user) => user.rate),
    roles: scalar((user) => user.roles),
    subscription_type: scalar((user) => user.subscription_type),
    time_zone: scalar((user) => user.time_zone),
    account: nested(
      () => AccountResource,
      (_user, ctx) => ctx.state.data.firm,
    ),
    default_activity_description: unmodelled,
    notification_methods: unmodelledList,
    avatar: unmodelled,
    contact: unmodelled,
    job_title: unmodelled,
    groups: unmodelledList,
  },
};
