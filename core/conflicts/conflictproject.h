#pragma once

#include "result.h"

#include "model/domain.h"
#include "model/story.h"

#include <QList>
#include <QString>

#include <optional>

namespace Coach {

struct ExportConversation;

//! The max_history a check uses, and where it comes from (said in the
//! output: Rasa's CLI checks the whole history unless told otherwise).
struct MaxHistory
{
    enum class Source { Default, Config, Option };

    std::optional<int> value; //!< nullopt: the whole history
    Source source = Source::Default;
    QString policy; //!< the config.yml policy it was taken from

    //! "max_history 5, from config.yml (MemoizationPolicy)" and the like.
    QString describe() const;
};

//! What the conflict check reads of a bot project: `domain.yml`, the story
//! and rule files under `data/` (YAML and 2.x Markdown, as `rasa data
//! validate` reads them) and the policies of `config.yml`.
struct ConflictProject
{
    QString folder;
    Domain domain;
    StorySteps steps; //!< stories and rules, file by file
    MaxHistory configMaxHistory;

    //! Fails with the file (and line) of the first thing it cannot read.
    //! `domainFile` replaces the project's domain.yml; `fallbackDomain`
    //! (optional) is used when there is none.
    static Result<ConflictProject> load(const QString &folder, const QString &domainFile = {},
                                        const Domain *fallbackDomain = nullptr);

    //! The largest max_history that config.yml gives TEDPolicy,
    //! MemoizationPolicy or AugmentedMemoizationPolicy; the whole history
    //! when it gives none (Rasa's default). A missing file is no error.
    static Result<MaxHistory> readConfigMaxHistory(const QString &configFile);

    QStringList storyNames() const;
};

//! A session's conversations as the export would write them: one story per
//! conversation part (StoryBuilder), as read back from the YAML export
//! (ExportedStory). Stories are named `interactive_story_N`, numbered after
//! `takenNames`; each step's `sourceFile` is the conversation id.
StorySteps conversationStories(const QList<ExportConversation> &conversations,
                               const QStringList &takenNames = {});

} // namespace Coach
