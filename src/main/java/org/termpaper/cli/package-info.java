/**
 * The command line (picocli): parses arguments, wires the packages below together, and turns
 * failures into one line on standard error and an exit code.
 *
 * <p>May import every termpaper package. Prints nothing but through the writers it was given.
 */
package org.termpaper.cli;
