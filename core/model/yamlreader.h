#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <string>

namespace YAML {
class Node;
}

namespace Coach {

//! Reads YAML text (the first document) into JSON values with the YAML 1.2
//! core schema that Rasa's reader uses: plain `yes`/`no` stay strings,
//! quoted scalars are always strings. Duplicate keys: the last one wins.
//! Errors carry the line and column.
Result<QJsonValue> parseYaml(const QByteArray &text, const QString &fileName = {});

//! Converts one yaml-cpp node with the same scalar rules as parseYaml(), for
//! readers in core that walk yaml-cpp nodes themselves to report positions.
QJsonValue yamlNodeToJson(const YAML::Node &node);

//! The JSON value of one scalar with the same rules; `tag` as yaml-cpp gives
//! it: "?" for plain scalars, "!" for quoted ones, else the resolved tag.
QJsonValue yamlScalarToJson(const QString &text, const std::string &tag);

//! Reads a file and parses it with parseYaml().
Result<QJsonValue> readYamlFile(const QString &path);

} // namespace Coach
