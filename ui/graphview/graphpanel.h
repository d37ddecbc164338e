#pragma once

#include "result.h"

#include "graph/graphworker.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace Coach {

class GraphCanvas;
class GraphService;

//! The live story graph panel: the SVG from GraphService with zoom (wheel,
//! Ctrl+= / Ctrl+-), pan (drag, arrow keys), fit (Ctrl+0 or the button),
//! following the conversation at a readable size (Ctrl+L, the default), Esc
//! back to the conversation, the
//! current conversation's path and the pending node highlighted, a status
//! line ("Laying out 2,000 stories…", "Showing the neighbourhood …"), and
//! exports to SVG, PNG and DOT. Results arriving in quick succession are
//! coalesced into one repaint. Clicking a user message of the current
//! conversation asks to fork there (forkRequested); the main window decides.
class GraphPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphPanel)

public:
    enum class ExportFormat { Svg, Png, Dot };

    explicit GraphPanel(QWidget *parent = nullptr);
    ~GraphPanel() override;

    //! Shows the results and progress of `service` (and nothing else).
    void attach(GraphService *service);
    //! Shows a graph (coalesced: only the latest of a burst is drawn).
    void setGraph(const GraphResult &result);
    //! Shows what the worker is doing while the old graph stays visible.
    void showProgress(const QString &status);

    GraphCanvas *canvas() const { return m_canvas; }
    //! A result arrived but is not drawn yet (it waits for the burst to end).
    bool hasPendingResult() const { return m_pending.has_value(); }
    QString statusText() const;
    const RenderedGraph &graph() const;

    //! Asks for a file name (FileDialog) and writes the graph; false if
    //! cancelled or failed (exportFailed() says why).
    bool exportGraph(ExportFormat format);
    //! Writes the rendered graph in a format, fully rendered first (QSaveFile).
    static Status writeGraph(const RenderedGraph &graph, ExportFormat format,
                             const QString &fileName);

Q_SIGNALS:
    //! The user clicked a user message of the current conversation.
    void forkRequested(int conversation, int eventIndex);
    void exported(const QString &fileName);
    void exportFailed(const QString &message);

private:
    QHBoxLayout *createToolBar();
    void applyPendingResult();
    void onNodeClicked(int index);
    void updateStatus();

    GraphCanvas *m_canvas = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_exportButton = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QTimer m_coalesce;
    std::optional<GraphResult> m_pending;
    QString m_resultStatus;
    QString m_progress;
    QStringList m_warnings;
};

} // namespace Coach
