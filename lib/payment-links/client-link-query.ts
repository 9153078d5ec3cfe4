/** What the client link page was opened for: a client, and the bills to start with. */
export interface ClientLinkQuery {
  clientId: number | null;
  billIds: number[];
}

export function clientLinkQuery(search: string): ClientLinkQuery {
  const params = new URLSearchParams(search);
  const positive = (text: string) => (/^\d+$/.test(text) && Number(text) > 0 ? Number(text) : null);
  return {
    clientId: positive(params.get('client') ?? ''),
    billIds: (params.get('bills') ?? '').split(',').flatMap((part) => positive(part.trim()) ?? []),
  };
}
