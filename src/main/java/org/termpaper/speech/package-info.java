/**
 * Reading an article aloud (朗读) through a speech engine already on the machine: the text to
 * speak in reading order ({@link org.termpaper.speech.SpokenText}), the engine the config or the
 * {@code PATH} gives ({@link org.termpaper.speech.Engine}), and the engine's processes, run
 * without a shell and ended when reading stops ({@link org.termpaper.speech.Speaker}).
 *
 * <p>Imports the model, {@code text} and the JDK only; the UI imports this package, never the
 * other way round.
 */
package org.termpaper.speech;
