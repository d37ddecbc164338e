#pragma once

#include "storygraph.h"

#include <QByteArray>
#include <QJsonObject>

namespace Coach {

//! Text formats of a story graph besides SVG.
namespace GraphExport {

//! Rasa's graph as networkx's node-link-ish dump used by the conformance
//! fixtures: `{"nodes": {"ID": {"label": ..., ...}}, "edges": [["FROM",
//! "TO", {...}]]}`, START "0" and END "-1", the attributes Rasa sets
//! (labels exactly as Rasa has them, null included).
QJsonObject toJson(const StoryGraph &graph);
QByteArray toJsonText(const StoryGraph &graph);

//! Graphviz DOT, as `rasa interactive` writes story_graph.dot, with the
//! readable label (intent name when a message has no text) and Rasa's
//! attributes, so that `dot -Tsvg` or xdot open it.
QByteArray toDot(const StoryGraph &graph);

} // namespace GraphExport

} // namespace Coach
