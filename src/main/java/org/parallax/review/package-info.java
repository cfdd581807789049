/** Editorial review: the queue of submitted pairs and editors' decisions on them. */
package org.parallax.review;
