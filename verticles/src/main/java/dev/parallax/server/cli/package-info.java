/** The runnable server ({@code java -jar parallax-server.jar}) and its demo table. */
package dev.parallax.server.cli;
