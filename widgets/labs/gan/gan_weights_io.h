#pragma once
// The GAN lab's trained weights inside a session: a core/nn weights file
// (generator then discriminator, with its names, shapes and checksum) in
// base64, plus the network parameters that give its shapes, so a session can
// be read back before its parameter values are applied.
#include <QJsonObject>

#include "core/gan/gan_trainer.h"

namespace kx::widgets {

core::Result<QJsonObject> weightsToJson(const core::gan::GanWeights& weights, const core::ParamValues& values);
/// Fails with the weights file's own message (truncated, corrupt, misfit...).
core::Result<core::gan::GanWeights> weightsFromJson(const QJsonObject& json);

}  // namespace kx::widgets
