#pragma once

#include "result.h"
#include "storyreader.h"

#include "model/story.h"

#include <QSet>
#include <QString>

#include <functional>
#include <memory>

class QIODevice;

namespace Coach {

struct StoryWriterOptions
{
    //! YAML header version: "2.0" for Rasa 2.x, "3.1" for Rasa 3.x.
    QString version = QStringLiteral("3.1");
    //! End-to-end test stories (`--e2e`): user steps carry their annotated
    //! text (`user: |-`) and no separate `entities:` list.
    bool testStories = false;
    //! Slots whose domain type is `float`: their integral values are written
    //! as `4.0` (see NumberStyle).
    QSet<QString> floatSlots;
};

//! Writes story steps as a stories file Rasa loads: YAML (2.x and 3.x) or
//! Rasa 2.x's legacy Markdown. Events without story syntax (action_listen,
//! session starts, bot utterances of actions, ...) are left out as Rasa's
//! writers do; entity roles and groups are kept (Rasa drops them).
class StoryWriter
{
public:
    explicit StoryWriter(StoryWriterOptions options) : m_options(std::move(options)) { }
    virtual ~StoryWriter() = default;

    static std::unique_ptr<StoryWriter> create(StoryReader::Format format,
                                               StoryWriterOptions options = {});

    //! A complete file: one header (YAML) and every step.
    virtual QString render(const StorySteps &steps) const = 0;
    //! Only the story blocks, with the list dash of each block at column
    //! `indent` (YAML), for insertion into an existing file's `stories:`.
    virtual QString renderBlocks(const StorySteps &steps, int indent = 0) const = 0;

    //! Renders fully first, then writes; fails with the device's error.
    Status write(QIODevice *device, const StorySteps &steps) const;

    const StoryWriterOptions &options() const { return m_options; }

    //! The intent a story step names: the base intent of a retrieval
    //! intent (`faq/ask_name` → `faq`), as Rasa's docs and reader want
    //! (Rasa 3.6 warns on full retrieval intents in stories).
    static QString storyIntent(const QString &intent);

protected:
    //! Calls `append(out, step)` for every step, slices of steps on all
    //! cores (blocks are independent), and joins the text in order.
    static QString renderEach(const StorySteps &steps,
                              const std::function<void(QString &, const StoryStep &)> &append);

    StoryWriterOptions m_options;
};

} // namespace Coach
