//! Cross-thread world: shareable values, handle registry, thread-safe objects.
