export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

/** Accepts both `{error: "text"}` and Clio's `{error: {message}}`. */
function errorMessage(body) {
  const error = body?.error;
  if (typeof error === 'string') return error;
  return typeof error?.message === 'string' ? error.message : null;
}

async function request(url, init) {
  let response;
  try {
    response = await fetch(url, { credentials: 'same-origin', ...init });
  } catch {
    throw new ApiError('Could not reach the server. Check your connection and try again.', 0);
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(errorMessage(body) ?? `Request failed (${response.status})`, response.status);
  }
  if (body === null) throw new ApiError('The server sent an unreadable response.', response.status);
  return body;
}

export function getJson(url) {
  return request(url, { headers: { Accept: 'application/json' } });
}

export function postJson(url, data) {
  return request(url, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(data),
  });
}
