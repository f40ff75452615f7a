#!/usr/bin/env node
// The CDK app: one stack per config/districts/*.json; `cdk synth -c district=<id>` for one district.
import { App } from 'aws-cdk-lib';
import { z } from 'zod';
import { loadDistricts } from '../pipeline/districts.js';
import { addDistrictStacks } from '../lib/stacks/district-stacks.js';

const app = new App();
addDistrictStacks(app, loadDistricts(), z.string().optional().parse(app.node.tryGetContext('district')));
