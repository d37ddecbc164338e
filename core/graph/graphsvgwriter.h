#pragma once

#include "graphlayout.h"

#include <QByteArray>
#include <QString>

namespace Coach {

//! Writes a laid-out story graph as SVG (QXmlStreamWriter, no QtGui), styled
//! like Rasa's visualisation page: START green, END red, user messages light
//! blue, `...` grey, unconfirmed parts dashed, and, when there is a current
//! conversation, everything off its path at opacity 0.4. Styles are written
//! as presentation attributes (QtSvg does not apply CSS classes); every node
//! group also has `id="node-<id>"` and Rasa's classes, every edge
//! `id="edge-<index>"`, so that viewers and the panel can find them.
class GraphSvgWriter
{
public:
    struct Options
    {
        //! Dim nodes and edges off the current conversation's path. Without
        //! a current conversation everything is drawn at full opacity, as
        //! Rasa's page does in its embedded mode.
        bool dimInactive = true;
        QString title;
    };

    static QByteArray write(const StoryGraph &graph, const GraphLayout &layout,
                            const Options &options);
    static QByteArray write(const StoryGraph &graph, const GraphLayout &layout)
    {
        return write(graph, layout, Options{});
    }

    //! The SVG element id of a node.
    static QString nodeElementId(int nodeId);
};

} // namespace Coach
