#pragma once

#include "result.h"

#include "model/story.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Coach {

class Domain;

//! The story and rule files of a bot project, found and read the way Rasa's
//! importer does for `rasa data validate`, and fast: every file is read
//! once, and large YAML files are cut at their stories and parsed on all
//! cores (yaml-cpp's parse is most of the check's time).
namespace StoryFiles {

//! Every story and rule file under `folder` (recursively, in path order),
//! read with StoryReader's rules; the first unreadable one is the error,
//! with its file and line.
Result<StorySteps> readAll(const QString &folder, const Domain &domain);

//! Rasa's is_stories_file: a `.yml`/`.yaml` file with a line starting
//! (after spaces) with `stories:` or `rules:`, or a `.md` file with a `##`
//! or `>>` line that is not a Markdown NLU file.
bool isStoryFile(const QString &path, const QByteArray &text);

//! The pieces of a YAML stories file that parse on their own, with the
//! lines of the file before each piece left blank so that line numbers stay
//! right: runs of stories and rules, and one piece with everything else.
//! Empty when the file's layout does not allow cutting it safely.
QList<QByteArray> cut(const QByteArray &text, int pieces);

} // namespace StoryFiles

} // namespace Coach
