#pragma once

#include "graphsequence.h"
#include "result.h"

#include "model/story.h"

#include <QList>
#include <QStringList>

namespace Coach {

//! Limits of StoryExpander.
struct ExpansionOptions
{
    //! Checkpoints and OR steps multiply paths; above this many the
    //! expansion stops with an error instead of eating the machine.
    int maxPaths = 50000;
    //! Keep only the last N events of each path (Rasa's visualize_stories
    //! uses 100, interactive no limit); 0 keeps everything.
    int trackerLimit = 0;
    bool includeRules = true;
};

//! The expanded training data.
struct ExpandedStories
{
    QList<GraphSequence> sequences; //!< stories first, then rules
    int storyPaths = 0;
    int rulePaths = 0;
    //! Checkpoints nothing connects to (Rasa warns about them too).
    QStringList unusedCheckpoints;
};

//! Turns story and rule blocks into the event sequences Rasa's
//! TrainingDataGenerator produces for plotting (augmentation off, no story
//! concatenation): blocks are ordered as Rasa orders them, joined at
//! checkpoints (with slot conditions), OR steps fork one path per
//! alternative, `action_listen` is made explicit before user messages and at
//! story ends, rules get their `...` snippet actions, and paths with the same
//! content are kept once. Step 2 of the live graph; its result is cached
//! because it only changes when the training data does.
class StoryExpander
{
public:
    explicit StoryExpander(GraphStrings &strings, ExpansionOptions options = {});

    //! Fails (with a message naming the limit) when the paths explode.
    Result<ExpandedStories> expand(const StorySteps &steps);

private:
    struct Private;
    GraphStrings &m_strings;
    ExpansionOptions m_options;
};

} // namespace Coach
