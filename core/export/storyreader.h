#pragma once

#include "result.h"

#include "model/story.h"

#include <QByteArray>
#include <QString>

namespace Coach {

class Domain;

//! Reads Rasa's story and rule training files into story steps, the way
//! Rasa's YAMLStoryReader and (2.x) MarkdownStoryReader do, so that the
//! exporter can check what it wrote and the story graph can show the
//! project's training stories.
//!
//! YAML: `stories:` and `rules:` (checkpoints with slot conditions, `or:`
//! groups, `intent` + `entities`, `user:` with inline annotations, `bot:`,
//! `action:`, `slot_was_set`, `active_loop`, rule `condition`,
//! `conversation_start`, `wait_for_user_input`).
//! Markdown: `## story`, `* intent{"entity": "value"}` (and ` OR `),
//! `* intent: annotated text` (end-to-end), `    - action`,
//! `    - slot{...}`, `    - form{...}` / `active_loop{...}`,
//! `> checkpoint{...}`, `<!-- comments -->`.
//!
//! User steps become `user` events whose parse_data holds the intent
//! (confidence 1.0), the entities and, for `user:` steps, the plain text;
//! a `user:` step without intent has `use_text_for_featurization: true`.
//! Errors name the file and the line.
class StoryReader
{
public:
    enum class Format { Yaml, Markdown };

    //! Markdown for `.md` paths, YAML otherwise (Rasa's rule).
    static Format formatForPath(const QString &path);

    //! Reads a file; the format follows formatForPath(). `domain` (optional)
    //! gives bare `slot_was_set` names their default value as Rasa does
    //! (text → "filled", bool → true, else null).
    static Result<StorySteps> readFile(const QString &path, const Domain *domain = nullptr);

    static Result<StorySteps> read(const QByteArray &text, Format format,
                                   const QString &fileName = {}, const Domain *domain = nullptr);
    static Result<StorySteps> readYaml(const QByteArray &text, const QString &fileName = {},
                                       const Domain *domain = nullptr);
    static Result<StorySteps> readMarkdown(const QByteArray &text, const QString &fileName = {},
                                           const Domain *domain = nullptr);
};

} // namespace Coach
