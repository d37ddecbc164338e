#include "forkdialog.h"

#include "settings.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {
const auto GeometryKey = u"Fork"_s;
}

ForkDialog::ForkDialog(const QList<ForkPoint> &points, QWidget *parent)
    : QDialog(parent), m_points(points), m_list(new QListWidget(this))
{
    setWindowTitle(tr("Fork the Conversation"));
    auto *label = new QLabel(tr("Before which user message do you want to fork? The story so "
                                "far is kept; the conversation continues from that point."),
                             this);
    label->setWordWrap(true);
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QString prefix = i < 9 ? u"%1  "_s.arg(i + 1) : u"   "_s;
        m_list->addItem(prefix + points.at(i).text);
    }
    m_list->setCurrentRow(0);
    m_list->setAccessibleName(tr("User messages, newest first"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Fork here"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!points.isEmpty());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    if (Settings *settings = Settings::instance())
        restoreGeometry(settings->dialogGeometry(GeometryKey));
}

ForkDialog::~ForkDialog()
{
    if (Settings *settings = Settings::instance())
        settings->setDialogGeometry(GeometryKey, saveGeometry());
}

int ForkDialog::chosenEventIndex() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_points.size() ? m_points.at(row).eventIndex : -1;
}

void ForkDialog::selectEventIndex(int eventIndex)
{
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        if (m_points.at(i).eventIndex == eventIndex)
            m_list->setCurrentRow(static_cast<int>(i));
    }
}

void ForkDialog::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_9 && key - Qt::Key_1 < m_points.size()) {
        m_list->setCurrentRow(key - Qt::Key_1);
        accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace Coach
