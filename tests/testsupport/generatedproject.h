#pragma once

#include <QString>

namespace Coach::TestSupport {

//! Writes a generated bot project of `stories` stories (40 intents with
//! entities and roles, 60 responses, slots of every featurized type, a form,
//! every 50th story continued at a checkpoint, every 40th with an OR step):
//! the same project for the same count on every machine. bench_check
//! measures the check on it; tst_conflictchecker compares the check with
//! what Rasa 3.6 said about the 5,000-story one.
bool writeGeneratedProject(const QString &folder, int stories);

} // namespace Coach::TestSupport
