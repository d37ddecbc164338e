#pragma once

#include "graph/graphrenderer.h"

#include <QPixmap>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QSvgRenderer;

namespace Coach {

//! Draws a rendered story graph (SVG) with zoom and pan, and reports clicks
//! on nodes. The SVG is rasterised into a cache at the current zoom, redone
//! by a coalescing timer, so dragging and repeated wheel steps only blit.
//! Overlays mark the current conversation's path and the pending node.
//!
//! By default the view follows the conversation: each new graph is shown
//! at a zoom where node labels are at least as large as the UI font, centred
//! on the current node (the pending prediction, else the newest step) when
//! the whole graph does not fit. Zooming or panning by hand stops following
//! (setFollowing(true) resumes it); fitToView() shows the whole graph.
class GraphCanvas final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphCanvas)

public:
    explicit GraphCanvas(QWidget *parent = nullptr);
    ~GraphCanvas() override;

    //! Shows a new graph: following (above), or keeping the view the user
    //! chose, moved only when the pending node would be out of sight.
    void setGraph(const RenderedGraph &graph);
    const RenderedGraph &graph() const { return m_graph; }

    double zoom() const { return m_zoom; }
    //! Zooms by `factor` keeping `anchor` (widget coordinates) in place.
    void zoomBy(double factor, const QPointF &anchor);
    void zoomIn();
    void zoomOut();
    void fitToView();
    bool isFollowing() const { return m_mode == ViewMode::Follow; }
    void setFollowing(bool follow);
    //! The zoom at which node labels are as large as the UI font.
    double readableZoom() const;
    //! Pixel size node labels are drawn at now (the SVG's font size × zoom).
    double labelPixelSize() const;
    //! The node the view follows (index into graph().nodes), -1 if none.
    int currentNode() const;
    void panBy(const QPointF &delta);
    //! Widget point <-> SVG point.
    QPointF toSvg(const QPointF &widgetPoint) const;
    QPointF toWidget(const QPointF &svgPoint) const;
    //! Centres the view on a node (index into graph().nodes).
    void centerOn(int node);

    // Small enough not to widen the dock area it shares with slots and
    // event details; the user drags it wider.
    QSize sizeHint() const override { return {240, 300}; }

Q_SIGNALS:
    void nodeClicked(int node);
    void nodeHovered(int node); //!< -1 when leaving nodes
    void zoomChanged(double zoom);
    void followingChanged(bool following);
    //! Escape: the user is done with the graph (the window puts the focus back).
    void leaveRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    enum class ViewMode { Follow, Fit, Manual };

    void setMode(ViewMode mode);
    void follow();
    void setZoom(double zoom);
    void scheduleCache();
    void rebuildCache();
    void drawOverlays(QPainter &painter) const;
    bool pendingInView() const;
    int pendingNode() const;

    RenderedGraph m_graph;
    QSvgRenderer *m_renderer = nullptr;
    QPixmap m_cache;
    double m_cacheZoom = 0;
    double m_zoom = 1.0;
    QPointF m_origin; // widget position of the SVG's (0, 0)
    QPointF m_cacheOrigin; // SVG point at the cache's top left
    ViewMode m_mode = ViewMode::Follow;
    QTimer m_cacheTimer;
    QPointF m_pressPosition;
    QPointF m_lastDrag;
    bool m_dragging = false;
    int m_hovered = -1;
};

} // namespace Coach
