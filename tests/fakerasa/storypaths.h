#pragma once

#include "model/story.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Coach::FakeRasa {

//! The dialogue history as the fake policy sees it: one token per turn
//! element. `^` marks the start of a conversation, `U:<intent>` a user
//! message, `A:<action>` an action, `T:<text>` an end-to-end bot text and
//! `L:<loop>` an active_loop event (`L:` deactivates). Slot events carry no
//! token. Every user token is preceded by `A:action_listen`, as in Rasa's
//! training trackers.
namespace StoryTokens {

inline constexpr QLatin1StringView kStart{"^"};
inline constexpr QLatin1StringView kListen{"A:action_listen"};

using IntentResolver = std::function<QString(const QString &text)>;

//! The token of one event; empty for events without a token.
QString tokenOf(const Event &event, const IntentResolver &resolver = {});
bool isActionToken(const QString &token);
//! `A:x` → `x`, `T:text` → `text`.
QString actionOfToken(const QString &token);
//! Appends a token, inserting `A:action_listen` before a user token when
//! the previous token is not already a listen.
void appendToken(QStringList &tokens, const QString &token);

//! Every linear path through the stories: roots are steps without start
//! checkpoints (they begin with `^`), end checkpoints continue into the
//! steps that start with them, `or` items branch. Paths that end on an
//! action get a final `A:action_listen`. Capped to stay small on cyclic or
//! combinatorial data.
QList<QStringList> storyPaths(const StorySteps &stories, const IntentResolver &resolver);
//! The token variants of one step (its `or` items expanded).
QList<QStringList> stepVariants(const StoryStep &step, const IntentResolver &resolver);

} // namespace StoryTokens

} // namespace Coach::FakeRasa
