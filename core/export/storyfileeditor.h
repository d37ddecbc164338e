#pragma once

#include "result.h"

#include "model/story.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Coach {

class StoryWriter;

//! What an export changes in a stories file.
struct StoryEdits
{
    //! Stories written over their earlier version, which starts at their
    //! `sourceLine` (1-based) in the file.
    StorySteps replaced;
    //! New stories, appended to the file's `stories:` (YAML) or its end.
    StorySteps added;
    //! YamlStoryWriter::itemTexts() of each added story, when already
    //! rendered (a large export renders each item once).
    QList<QStringList> addedItems;

    bool isEmpty() const { return replaced.isEmpty() && added.isEmpty(); }
};

//! Applies StoryEdits to a stories file as text: replaced stories take the
//! place of their earlier block, new ones go to the end of `stories:`;
//! every other byte (comments, other stories, rules, order) stays.
class StoryFileEditor
{
public:
    //! A whole new file holding the added stories.
    static QByteArray render(const StoryWriter &writer, bool markdown, const StoryEdits &edits);
    //! `existing` with the edits applied.
    static Result<QByteArray> edit(const QByteArray &existing, const QString &path,
                                   const StoryWriter &writer, bool markdown,
                                   const StoryEdits &edits);
};

} // namespace Coach
