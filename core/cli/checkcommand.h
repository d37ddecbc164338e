#pragma once

#include <QStringList>

class QTextStream;

namespace Coach {

//! `rasa-coach check`: Rasa's story structure validation (`rasa data
//! validate stories`) without Rasa, for scripts and CI.
//!
//!     rasa-coach check --project DIR [--session FILE.coach] [--max-history N]
//!                      [--format text|json] [--fail-on-conflicts]
//!
//! DIR is a bot project: `domain.yml`, stories and rules under `data/`
//! (YAML, or Markdown for Rasa 2.x), `config.yml`. `--session` adds the
//! session's conversations as the export would write them (stories
//! `interactive_story_N`). Without `--max-history`, the largest max_history
//! config.yml gives TEDPolicy or (Augmented)MemoizationPolicy is used, else
//! the whole history as Rasa's command does; the output says which.
//!
//! text: Rasa's own messages (the conflicts as `rasa data validate stories`
//! logs them). json: `{"max_history": N or null, "conflicts": [{"stories":
//! [...], "actions": [...], "state": "intent 'x'"}]}`, one entry per
//! conflicting state; the max_history note goes to stderr.
//!
//! `arguments` are those after the word `check`. Needs no display. Exit
//! codes: 0 done (conflicts or not), 1 conflicts found with
//! --fail-on-conflicts, 2 bad usage or input (one line on stderr naming the
//! file and line).
int runCheckCommand(const QStringList &arguments);
//! The same, writing to `out` and `errors` (tests, benchmarks).
int runCheckCommand(const QStringList &arguments, QTextStream &out, QTextStream &errors);

} // namespace Coach
