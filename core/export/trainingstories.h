#pragma once

#include "model/story.h"

#include <QString>

namespace Coach {

class Domain;

//! The project's stories and rules an exported story is compared with: those
//! of every YAML or Markdown stories file in the target file's folder and
//! its subfolders (Rasa's `data/`), except the target itself. Files that are
//! not stories files (NLU, domain, anything that does not read as stories)
//! are passed over; hidden folders are not entered.
namespace TrainingStories {

StorySteps read(const QString &targetPath, const Domain *domain = nullptr);

} // namespace TrainingStories

} // namespace Coach
