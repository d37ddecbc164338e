#pragma once

#include <QJsonObject>
#include <QWidget>

class QPlainTextEdit;
class QPushButton;

namespace Coach {

//! The raw JSON of the selected history event, read-only and copyable.
class EventDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventDetailsPane)

public:
    explicit EventDetailsPane(QWidget *parent = nullptr);

    void setEvent(const QJsonObject &event);
    QString text() const;
    void copyToClipboard() const;

private:
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace Coach
