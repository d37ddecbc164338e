#pragma once

#include "storywriter.h"

namespace Coach {

//! YAML stories and rules in Rasa's layout (spec §6.3).
class YamlStoryWriter final : public StoryWriter
{
public:
    using StoryWriter::StoryWriter;

    QString render(const StorySteps &steps) const override;
    QString renderBlocks(const StorySteps &steps, int indent = 0) const override;

    //! The text of each item of `step` (its dash at column 2), without
    //! checkpoints: what two stories are compared by.
    QStringList itemTexts(const StoryStep &step) const;
    //! The block renderBlocks() writes at indent 0 for a story without
    //! checkpoints, from its itemTexts() (so an export renders each item once).
    static QString storyBlock(const QString &name, const QStringList &itemTexts);

private:
    void appendBlock(QString &out, const StoryStep &step, int indent) const;
    void appendItem(QString &out, const StoryItem &item, int indent) const;
    void appendOrGroup(QString &out, const StoryItem &item, int indent) const;
    bool appendAction(QString &out, const Event &action, int indent) const;
    bool appendUser(QString &out, const Event &user, int indent, bool firstInline) const;
    void appendEntities(QString &out, const QList<Entity> &entities, int indent) const;
    void appendCheckpoint(QString &out, const Checkpoint &checkpoint, int indent) const;
};

} // namespace Coach
