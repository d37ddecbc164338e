#pragma once

#include <QPointer>
#include <QWidget>

namespace Coach {

class GraphCanvas;

//! A ring around the graph node of a conflicting action, drawn over the
//! story graph canvas (a transparent child that follows its zoom and pan):
//! the current conversation's action at an event index, or the pending
//! (not yet confirmed) action.
class ConflictGraphMarker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictGraphMarker)

public:
    explicit ConflictGraphMarker(GraphCanvas *canvas);

    //! Marks the node of event `eventIndex` of `conversation`.
    void markEvent(int conversation, int eventIndex);
    void markPending();
    void clear();
    //! Index into the canvas graph's nodes of the marked node; -1 if none
    //! is drawn.
    int markedNode() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QPointer<GraphCanvas> m_canvas;
    int m_conversation = -1;
    int m_eventIndex = -1;
    bool m_pending = false;
};

} // namespace Coach
