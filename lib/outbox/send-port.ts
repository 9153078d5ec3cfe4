/** The name of the port a Clio tab keeps open while it fills Clio's dialog for a send: prefix + send id. */
export const SEND_PORT_PREFIX = 'remit-send:';
