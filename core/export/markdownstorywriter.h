#pragma once

#include "storywriter.h"

namespace Coach {

//! Rasa 2.x's legacy Markdown stories (spec §6.4), each story preceded by
//! an empty line as Rasa's interactive export writes them.
class MarkdownStoryWriter final : public StoryWriter
{
public:
    using StoryWriter::StoryWriter;

    QString render(const StorySteps &steps) const override;
    QString renderBlocks(const StorySteps &steps, int indent = 0) const override;

private:
    void appendBlock(QString &out, const StoryStep &step) const;
    QString userText(const Event &user) const;
    QString eventLine(const Event &event) const;
};

} // namespace Coach
