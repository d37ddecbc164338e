#pragma once

#include "graphinput.h"
#include "graphworker.h"
#include "result.h"

#include <QJsonObject>

namespace Coach {

class SessionDocument;
struct Conversation;

//! What the story graph reads from a session: its conversations with undone
//! turns masked, and the training stories of its bot project.
namespace GraphSessionSource {

//! A conversation's events for the graph. Events that undo/rewind took back
//! are replaced by empty placeholders (their indexes stay valid for forks),
//! so the graph shows what the history shows. Rasa plots the raw events and
//! draws undone turns too; an annotator who undoes a mistake expects it gone.
GraphConversation conversation(const Conversation &source);
//! Every conversation of the document, and which one is current.
GraphSessionData fromDocument(const SessionDocument &document);
//! Reads a `*.coach` file for `rasa-coach graph --session`.
Result<GraphSessionData> load(const QString &fileName);

//! The story and rule files of a bot project: its `data` folder, as Rasa
//! reads by default. Empty when the project has none.
QStringList projectStoryPaths(const QString &projectFolder);
//! Reads the project's training stories and rules with `domain` (the
//! session's domain snapshot as the server sent it, as `rasa interactive`
//! uses; the project's domain.yml while there is none). No project or no
//! data folder gives no steps, not an error.
Result<StorySteps> readProject(const QString &projectFolder, const QJsonObject &domain);

} // namespace GraphSessionSource

} // namespace Coach
