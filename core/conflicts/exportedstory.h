#pragma once

#include "model/story.h"

namespace Coach {

//! What a story built from a conversation (StoryBuilder) holds once the
//! YAML export has written it and Rasa's reader has read it back: only
//! events with story syntax stay, user messages become intent steps (or
//! end-to-end text steps), actions without story syntax go. The same as
//! rendering with YamlStoryWriter and reading with StoryReader (a test
//! holds them equal), without the text in between: the live check runs it
//! after every turn.
namespace ExportedStory {

StoryStep fromBuilt(const StoryStep &built);

} // namespace ExportedStory

} // namespace Coach
