/**
 * Overfitting as Goodhart's law: a one-hidden-layer tanh network trained by full-batch gradient
 * descent on the mean squared error over a few noisy training points (the proxy U) while the
 * error on fresh points from the same model (the goal U*) is tracked alongside. Each epoch
 * records both losses, both gradient norms, and the angle between the two gradients: the
 * training gradient is the direction of optimisation, so cos(angle) is its efficiency on the
 * test loss.
 */
import { standardNormal, uniformSource } from "../random";
import { requireInteger, requireNumber } from "./validation";
import { angleDegrees, norm } from "./vector";

export interface OverfittingNetworkControls {
  seed: number;
  /** Standard deviation of the Gaussian noise added to every target. */
  noise: number;
  learningRate: number;
  epochs: number;
  /** Number of tanh units in the hidden layer. */
  width: number;
}

export const defaultOverfittingNetworkControls: OverfittingNetworkControls = {
  seed: 1,
  noise: 0.5,
  // below the stability limit of plain gradient descent here (about 0.05 at width 50)
  learningRate: 0.03,
  epochs: 200,
  width: 50,
};

/** The data come from y = slope·x + intercept + noise, x uniform in [−1, 1]. */
export const linearModel = { slope: 2, intercept: 1 } as const;
export const trainingPointCount = 10;
export const testPointCount = 100;

export function validateOverfittingNetworkControls(controls: OverfittingNetworkControls): void {
  requireInteger("seed", controls.seed, 0, 2 ** 31 - 1);
  requireNumber("noise", controls.noise, 0, 5);
  requireNumber("learningRate", controls.learningRate, 1e-4, 2);
  requireInteger("epochs", controls.epochs, 1, 1000);
  requireInteger("width", controls.width, 1, 500);
}

/** Inputs and targets of one data set. */
export interface DataSet {
  x: Float64Array;
  y: Float64Array;
}

/**
 * The network's parameters, packed in one vector so gradients can be compared as vectors:
 * [input weights (width), hidden biases (width), output weights (width), output bias].
 */
export function parameterCount(width: number): number {
  return 3 * width + 1;
}

/** The network's outputs on `x`. */
export function predict(parameters: Float64Array, width: number, x: Float64Array): Float64Array {
  const outputs = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    let output = parameters[3 * width]!;
    for (let j = 0; j < width; j++) {
      output += parameters[2 * width + j]! * Math.tanh(parameters[j]! * x[i]! + parameters[width + j]!);
    }
    outputs[i] = output;
  }
  return outputs;
}

/**
 * The mean squared error on `data` and, written into `gradient`, its exact gradient with respect
 * to every parameter (backpropagation: tanh' = 1 − tanh²).
 */
export function lossAndGradient(parameters: Float64Array, width: number, data: DataSet, gradient: Float64Array): number {
  gradient.fill(0);
  const count = data.x.length;
  const hidden = new Float64Array(width);
  let loss = 0;
  for (let i = 0; i < count; i++) {
    const x = data.x[i]!;
    let output = parameters[3 * width]!;
    for (let j = 0; j < width; j++) {
      hidden[j] = Math.tanh(parameters[j]! * x + parameters[width + j]!);
      output += parameters[2 * width + j]! * hidden[j]!;
    }
    const residual = output - data.y[i]!;
    loss += residual * residual;
    // d(loss)/d(output) for this point, with the 1/count of the mean folded in
    const outputSensitivity = (2 * residual) / count;
    gradient[3 * width]! += outputSensitivity;
    for (let j = 0; j < width; j++) {
      const h = hidden[j]!;
      gradient[2 * width + j]! += outputSensitivity * h;
      const preActivationSensitivity = outputSensitivity * parameters[2 * width + j]! * (1 - h * h);
      gradient[j]! += preActivationSensitivity * x;
      gradient[width + j]! += preActivationSensitivity;
    }
  }
  return loss / count;
}

/** A training and a test set drawn from the linear model, and initial parameters, all from `seed`. */
export function initialState(controls: Pick<OverfittingNetworkControls, "seed" | "noise" | "width">): {
  training: DataSet;
  test: DataSet;
  parameters: Float64Array;
} {
  const source = uniformSource(controls.seed);
  const normal = standardNormal(source);
  const sample = (count: number): DataSet => {
    const x = new Float64Array(count);
    const y = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      x[i] = 2 * source() - 1;
      y[i] = linearModel.slope * x[i]! + linearModel.intercept + controls.noise * normal();
    }
    return { x, y };
  };
  // data first, parameters last, so changing the width leaves the data unchanged
  const training = sample(trainingPointCount);
  const test = sample(testPointCount);
  const { width } = controls;
  const parameters = new Float64Array(parameterCount(width));
  // unit-variance input weights and biases spread the tanh kinks over the inputs; output
  // weights of variance 1/width keep the initial output of order 1 whatever the width
  for (let j = 0; j < width; j++) {
    parameters[j] = normal();
    parameters[width + j] = normal();
    parameters[2 * width + j] = normal() / Math.sqrt(width);
  }
  return { training, test, parameters };
}

/** One row per epoch; epoch k describes the parameters after k gradient steps. */
export interface OverfittingEpoch {
  epoch: number;
  trainingLoss: number;
  testLoss: number;
  trainingGradientNorm: number;
  testGradientNorm: number;
  /** Angle between the training and test gradients; below 90° a training step lowers the test loss. */
  gradientAngleDegrees: number;
}

export function trainOverfittingNetwork(controls: OverfittingNetworkControls): OverfittingEpoch[] {
  validateOverfittingNetworkControls(controls);
  const { training, test, parameters } = initialState(controls);
  const { width, learningRate, epochs } = controls;
  const trainingGradient = new Float64Array(parameters.length);
  const testGradient = new Float64Array(parameters.length);
  const rows: OverfittingEpoch[] = [];
  for (let epoch = 0; epoch <= epochs; epoch++) {
    const trainingLoss = lossAndGradient(parameters, width, training, trainingGradient);
    const testLoss = lossAndGradient(parameters, width, test, testGradient);
    rows.push({
      epoch,
      trainingLoss,
      testLoss,
      trainingGradientNorm: norm(trainingGradient),
      testGradientNorm: norm(testGradient),
      gradientAngleDegrees: angleDegrees(trainingGradient, testGradient),
    });
    if (epoch < epochs) {
      for (let k = 0; k < parameters.length; k++) parameters[k]! -= learningRate * trainingGradient[k]!;
    }
  }
  return rows;
}
