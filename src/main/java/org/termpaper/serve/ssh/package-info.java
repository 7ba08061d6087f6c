/**
 * The SSH side of a reading station ({@code termpaper serve --ssh}): Apache MINA SSHD serving the
 * text UI per session on the UI's own terminal layer, read-only exec commands, public-key (or
 * open, read-only) logins, refusals of forwarding and subsystems, and bounds on connections,
 * sessions and output.
 *
 * <p>May import {@code serve} (the seam), the model, text, config, net, source, archive, layout,
 * print (the text it shares with the command line) and ui packages; never cli nor
 * {@code serve.http}.
 */
package org.termpaper.serve.ssh;
