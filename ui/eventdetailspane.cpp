#include "eventdetailspane.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Coach {

EventDetailsPane::EventDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("Co&py JSON"), this))
{
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlaceholderText(tr("Select a row of the history to see its event."));
    m_text->setAccessibleName(tr("Event JSON"));
    m_copy->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_copy, 0, Qt::AlignRight);
    connect(m_copy, &QPushButton::clicked, this, &EventDetailsPane::copyToClipboard);
}

void EventDetailsPane::setEvent(const QJsonObject &event)
{
    m_text->setPlainText(
        event.isEmpty() ? QString()
                        : QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Indented)));
    m_copy->setEnabled(!event.isEmpty());
}

QString EventDetailsPane::text() const
{
    return m_text->toPlainText();
}

void EventDetailsPane::copyToClipboard() const
{
    QApplication::clipboard()->setText(text());
}

} // namespace Coach
