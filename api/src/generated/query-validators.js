// Generated from openapi.yaml by npm run generate. Do not edit.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
export const compareEnvironments_query = validate20;
const schema31 = {
  type: 'object',
  properties: { with: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' } },
  required: ['with'],
  additionalProperties: false,
};
const schema33 = {
  type: 'string',
  pattern: '^[a-z0-9][a-z0-9._-]{0,127}$',
  description: 'Lowercase letters, digits, `.`, `_`, `-`; starts with a letter or digit; at most 128.',
};
const pattern4 = new RegExp('^[a-z0-9][a-z0-9._-]{0,127}$', 'u');

function validate20(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.with === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'with' },
        message: "must have required property '" + 'with' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'with')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.with !== undefined) {
      let data0 = data.with;
      if (typeof data0 !== 'string') {
        let dataType0 = typeof data0;
        let coerced0 = undefined;
        if (!(coerced0 !== undefined)) {
          if (dataType0 == 'number' || dataType0 == 'boolean') {
            coerced0 = '' + data0;
          } else if (data0 === null) {
            coerced0 = '';
          } else {
            const err2 = {
              instancePath: instancePath + '/with',
              schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (coerced0 !== undefined) {
          data0 = coerced0;
          if (data !== undefined) {
            data['with'] = coerced0;
          }
        }
      }
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/with',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const listFlags_query = validate22;
const schema34 = {
  type: 'object',
  properties: {
    tag: { type: 'string', minLength: 1, maxLength: 64 },
    archived: { type: 'boolean', default: false },
    q: { type: 'string', minLength: 1, maxLength: 200 },
    environments: { type: 'boolean', default: false },
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
    cursor: { type: 'string', minLength: 1, maxLength: 500 },
  },
  additionalProperties: false,
};
const func1 = require('ajv/dist/runtime/ucs2length').default;

function validate22(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.archived === undefined) {
      data.archived = false;
    }
    if (data.environments === undefined) {
      data.environments = false;
    }
    if (data.limit === undefined) {
      data.limit = 50;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'tag' ||
        key0 === 'archived' ||
        key0 === 'q' ||
        key0 === 'environments' ||
        key0 === 'limit' ||
        key0 === 'cursor'
      )) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.tag !== undefined) {
      let data0 = data.tag;
      if (typeof data0 !== 'string') {
        let dataType0 = typeof data0;
        let coerced0 = undefined;
        if (!(coerced0 !== undefined)) {
          if (dataType0 == 'number' || dataType0 == 'boolean') {
            coerced0 = '' + data0;
          } else if (data0 === null) {
            coerced0 = '';
          } else {
            const err1 = {
              instancePath: instancePath + '/tag',
              schemaPath: '#/properties/tag/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (coerced0 !== undefined) {
          data0 = coerced0;
          if (data !== undefined) {
            data['tag'] = coerced0;
          }
        }
      }
      if (typeof data0 === 'string') {
        if (func1(data0) > 64) {
          const err2 = {
            instancePath: instancePath + '/tag',
            schemaPath: '#/properties/tag/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err3 = {
            instancePath: instancePath + '/tag',
            schemaPath: '#/properties/tag/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    let data1 = data.archived;
    if (typeof data1 !== 'boolean') {
      let coerced1 = undefined;
      if (!(coerced1 !== undefined)) {
        if (data1 === 'false' || data1 === 0 || data1 === null) {
          coerced1 = false;
        } else if (data1 === 'true' || data1 === 1) {
          coerced1 = true;
        } else {
          const err4 = {
            instancePath: instancePath + '/archived',
            schemaPath: '#/properties/archived/type',
            keyword: 'type',
            params: { type: 'boolean' },
            message: 'must be boolean',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (coerced1 !== undefined) {
        data1 = coerced1;
        if (data !== undefined) {
          data['archived'] = coerced1;
        }
      }
    }
    if (data.q !== undefined) {
      let data2 = data.q;
      if (typeof data2 !== 'string') {
        let dataType2 = typeof data2;
        let coerced2 = undefined;
        if (!(coerced2 !== undefined)) {
          if (dataType2 == 'number' || dataType2 == 'boolean') {
            coerced2 = '' + data2;
          } else if (data2 === null) {
            coerced2 = '';
          } else {
            const err5 = {
              instancePath: instancePath + '/q',
              schemaPath: '#/properties/q/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (coerced2 !== undefined) {
          data2 = coerced2;
          if (data !== undefined) {
            data['q'] = coerced2;
          }
        }
      }
      if (typeof data2 === 'string') {
        if (func1(data2) > 200) {
          const err6 = {
            instancePath: instancePath + '/q',
            schemaPath: '#/properties/q/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func1(data2) < 1) {
          const err7 = {
            instancePath: instancePath + '/q',
            schemaPath: '#/properties/q/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    let data3 = data.environments;
    if (typeof data3 !== 'boolean') {
      let coerced3 = undefined;
      if (!(coerced3 !== undefined)) {
        if (data3 === 'false' || data3 === 0 || data3 === null) {
          coerced3 = false;
        } else if (data3 === 'true' || data3 === 1) {
          coerced3 = true;
        } else {
          const err8 = {
            instancePath: instancePath + '/environments',
            schemaPath: '#/properties/environments/type',
            keyword: 'type',
            params: { type: 'boolean' },
            message: 'must be boolean',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      if (coerced3 !== undefined) {
        data3 = coerced3;
        if (data !== undefined) {
          data['environments'] = coerced3;
        }
      }
    }
    let data4 = data.limit;
    if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
      let dataType4 = typeof data4;
      let coerced4 = undefined;
      if (!(coerced4 !== undefined)) {
        if (
          dataType4 === 'boolean' ||
          data4 === null ||
          (dataType4 === 'string' && data4 && data4 == +data4 && !(data4 % 1))
        ) {
          coerced4 = +data4;
        } else {
          const err9 = {
            instancePath: instancePath + '/limit',
            schemaPath: '#/properties/limit/type',
            keyword: 'type',
            params: { type: 'integer' },
            message: 'must be integer',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (coerced4 !== undefined) {
        data4 = coerced4;
        if (data !== undefined) {
          data['limit'] = coerced4;
        }
      }
    }
    if (typeof data4 == 'number' && isFinite(data4)) {
      if (data4 > 500 || isNaN(data4)) {
        const err10 = {
          instancePath: instancePath + '/limit',
          schemaPath: '#/properties/limit/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 500 },
          message: 'must be <= 500',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (data4 < 1 || isNaN(data4)) {
        const err11 = {
          instancePath: instancePath + '/limit',
          schemaPath: '#/properties/limit/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 1 },
          message: 'must be >= 1',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.cursor !== undefined) {
      let data5 = data.cursor;
      if (typeof data5 !== 'string') {
        let dataType5 = typeof data5;
        let coerced5 = undefined;
        if (!(coerced5 !== undefined)) {
          if (dataType5 == 'number' || dataType5 == 'boolean') {
            coerced5 = '' + data5;
          } else if (data5 === null) {
            coerced5 = '';
          } else {
            const err12 = {
              instancePath: instancePath + '/cursor',
              schemaPath: '#/properties/cursor/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (coerced5 !== undefined) {
          data5 = coerced5;
          if (data !== undefined) {
            data['cursor'] = coerced5;
          }
        }
      }
      if (typeof data5 === 'string') {
        if (func1(data5) > 500) {
          const err13 = {
            instancePath: instancePath + '/cursor',
            schemaPath: '#/properties/cursor/maxLength',
            keyword: 'maxLength',
            params: { limit: 500 },
            message: 'must NOT have more than 500 characters',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (func1(data5) < 1) {
          const err14 = {
            instancePath: instancePath + '/cursor',
            schemaPath: '#/properties/cursor/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
  } else {
    const err15 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const listSchedules_query = validate23;
const schema35 = {
  type: 'object',
  properties: {
    status: { $ref: 'https://ff.dev/openapi.json#/$defs/ScheduleStatus' },
    flag: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
  },
  additionalProperties: false,
};
const schema36 = { type: 'string', enum: ['active', 'paused', 'completed', 'cancelled', 'failed'] };

function validate23(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.limit === undefined) {
      data.limit = 50;
    }
    for (const key0 in data) {
      if (!(key0 === 'status' || key0 === 'flag' || key0 === 'limit')) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.status !== undefined) {
      let data0 = data.status;
      if (typeof data0 !== 'string') {
        let dataType0 = typeof data0;
        let coerced0 = undefined;
        if (!(coerced0 !== undefined)) {
          if (dataType0 == 'number' || dataType0 == 'boolean') {
            coerced0 = '' + data0;
          } else if (data0 === null) {
            coerced0 = '';
          } else {
            const err1 = {
              instancePath: instancePath + '/status',
              schemaPath: 'https://ff.dev/openapi.json#/$defs/ScheduleStatus/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (coerced0 !== undefined) {
          data0 = coerced0;
          if (data !== undefined) {
            data['status'] = coerced0;
          }
        }
      }
      if (!(
        data0 === 'active' ||
        data0 === 'paused' ||
        data0 === 'completed' ||
        data0 === 'cancelled' ||
        data0 === 'failed'
      )) {
        const err2 = {
          instancePath: instancePath + '/status',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/ScheduleStatus/enum',
          keyword: 'enum',
          params: { allowedValues: schema36.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.flag !== undefined) {
      let data1 = data.flag;
      if (typeof data1 !== 'string') {
        let dataType1 = typeof data1;
        let coerced1 = undefined;
        if (!(coerced1 !== undefined)) {
          if (dataType1 == 'number' || dataType1 == 'boolean') {
            coerced1 = '' + data1;
          } else if (data1 === null) {
            coerced1 = '';
          } else {
            const err3 = {
              instancePath: instancePath + '/flag',
              schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (coerced1 !== undefined) {
          data1 = coerced1;
          if (data !== undefined) {
            data['flag'] = coerced1;
          }
        }
      }
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/flag',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    let data2 = data.limit;
    if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
      let dataType2 = typeof data2;
      let coerced2 = undefined;
      if (!(coerced2 !== undefined)) {
        if (
          dataType2 === 'boolean' ||
          data2 === null ||
          (dataType2 === 'string' && data2 && data2 == +data2 && !(data2 % 1))
        ) {
          coerced2 = +data2;
        } else {
          const err5 = {
            instancePath: instancePath + '/limit',
            schemaPath: '#/properties/limit/type',
            keyword: 'type',
            params: { type: 'integer' },
            message: 'must be integer',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (coerced2 !== undefined) {
        data2 = coerced2;
        if (data !== undefined) {
          data['limit'] = coerced2;
        }
      }
    }
    if (typeof data2 == 'number' && isFinite(data2)) {
      if (data2 > 500 || isNaN(data2)) {
        const err6 = {
          instancePath: instancePath + '/limit',
          schemaPath: '#/properties/limit/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 500 },
          message: 'must be <= 500',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (data2 < 1 || isNaN(data2)) {
        const err7 = {
          instancePath: instancePath + '/limit',
          schemaPath: '#/properties/limit/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 1 },
          message: 'must be >= 1',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const listWebhookDeliveries_query = validate24;
const schema38 = {
  type: 'object',
  properties: {
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
    status: { type: 'string', enum: ['pending', 'delivered', 'failed'] },
  },
  additionalProperties: false,
};

function validate24(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.limit === undefined) {
      data.limit = 50;
    }
    for (const key0 in data) {
      if (!(key0 === 'limit' || key0 === 'status')) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    let data0 = data.limit;
    if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
      let dataType0 = typeof data0;
      let coerced0 = undefined;
      if (!(coerced0 !== undefined)) {
        if (
          dataType0 === 'boolean' ||
          data0 === null ||
          (dataType0 === 'string' && data0 && data0 == +data0 && !(data0 % 1))
        ) {
          coerced0 = +data0;
        } else {
          const err1 = {
            instancePath: instancePath + '/limit',
            schemaPath: '#/properties/limit/type',
            keyword: 'type',
            params: { type: 'integer' },
            message: 'must be integer',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      if (coerced0 !== undefined) {
        data0 = coerced0;
        if (data !== undefined) {
          data['limit'] = coerced0;
        }
      }
    }
    if (typeof data0 == 'number' && isFinite(data0)) {
      if (data0 > 500 || isNaN(data0)) {
        const err2 = {
          instancePath: instancePath + '/limit',
          schemaPath: '#/properties/limit/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 500 },
          message: 'must be <= 500',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data0 < 1 || isNaN(data0)) {
        const err3 = {
          instancePath: instancePath + '/limit',
          schemaPath: '#/properties/limit/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 1 },
          message: 'must be >= 1',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.status !== undefined) {
      let data1 = data.status;
      if (typeof data1 !== 'string') {
        let dataType1 = typeof data1;
        let coerced1 = undefined;
        if (!(coerced1 !== undefined)) {
          if (dataType1 == 'number' || dataType1 == 'boolean') {
            coerced1 = '' + data1;
          } else if (data1 === null) {
            coerced1 = '';
          } else {
            const err4 = {
              instancePath: instancePath + '/status',
              schemaPath: '#/properties/status/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (coerced1 !== undefined) {
          data1 = coerced1;
          if (data !== undefined) {
            data['status'] = coerced1;
          }
        }
      }
      if (!(data1 === 'pending' || data1 === 'delivered' || data1 === 'failed')) {
        const err5 = {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/enum',
          keyword: 'enum',
          params: { allowedValues: schema38.properties.status.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const listChangeRequests_query = validate25;
const schema39 = {
  type: 'object',
  properties: {
    status: { $ref: 'https://ff.dev/openapi.json#/$defs/ChangeRequestStatus' },
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
  },
  additionalProperties: false,
};
const schema40 = { type: 'string', enum: ['pending', 'applied', 'rejected', 'expired'] };

function validate25(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.limit === undefined) {
      data.limit = 50;
    }
    for (const key0 in data) {
      if (!(key0 === 'status' || key0 === 'limit')) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.status !== undefined) {
      let data0 = data.status;
      if (typeof data0 !== 'string') {
        let dataType0 = typeof data0;
        let coerced0 = undefined;
        if (!(coerced0 !== undefined)) {
          if (dataType0 == 'number' || dataType0 == 'boolean') {
            coerced0 = '' + data0;
          } else if (data0 === null) {
            coerced0 = '';
          } else {
            const err1 = {
              instancePath: instancePath + '/status',
              schemaPath: 'https://ff.dev/openapi.json#/$defs/ChangeRequestStatus/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (coerced0 !== undefined) {
          data0 = coerced0;
          if (data !== undefined) {
            data['status'] = coerced0;
          }
        }
      }
      if (!(data0 === 'pending' || data0 === 'applied' || data0 === 'rejected' || data0 === 'expired')) {
        const err2 = {
          instancePath: instancePath + '/status',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/ChangeRequestStatus/enum',
          keyword: 'enum',
          params: { allowedValues: schema40.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    let data1 = data.limit;
    if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
      let dataType1 = typeof data1;
      let coerced1 = undefined;
      if (!(coerced1 !== undefined)) {
        if (
          dataType1 === 'boolean' ||
          data1 === null ||
          (dataType1 === 'string' && data1 && data1 == +data1 && !(data1 % 1))
        ) {
          coerced1 = +data1;
        } else {
          const err3 = {
            instancePath: instancePath + '/limit',
            schemaPath: '#/properties/limit/type',
            keyword: 'type',
            params: { type: 'integer' },
            message: 'must be integer',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (coerced1 !== undefined) {
        data1 = coerced1;
        if (data !== undefined) {
          data['limit'] = coerced1;
        }
      }
    }
    if (typeof data1 == 'number' && isFinite(data1)) {
      if (data1 > 500 || isNaN(data1)) {
        const err4 = {
          instancePath: instancePath + '/limit',
          schemaPath: '#/properties/limit/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 500 },
          message: 'must be <= 500',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data1 < 1 || isNaN(data1)) {
        const err5 = {
          instancePath: instancePath + '/limit',
          schemaPath: '#/properties/limit/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 1 },
          message: 'must be >= 1',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const listSegments_query = validate26;
const schema41 = {
  type: 'object',
  properties: {
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
    cursor: { type: 'string', minLength: 1, maxLength: 500 },
  },
  additionalProperties: false,
};

function validate26(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.limit === undefined) {
      data.limit = 50;
    }
    for (const key0 in data) {
      if (!(key0 === 'limit' || key0 === 'cursor')) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    let data0 = data.limit;
    if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
      let dataType0 = typeof data0;
      let coerced0 = undefined;
      if (!(coerced0 !== undefined)) {
        if (
          dataType0 === 'boolean' ||
          data0 === null ||
          (dataType0 === 'string' && data0 && data0 == +data0 && !(data0 % 1))
        ) {
          coerced0 = +data0;
        } else {
          const err1 = {
            instancePath: instancePath + '/limit',
            schemaPath: '#/properties/limit/type',
            keyword: 'type',
            params: { type: 'integer' },
            message: 'must be integer',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      if (coerced0 !== undefined) {
        data0 = coerced0;
        if (data !== undefined) {
          data['limit'] = coerced0;
        }
      }
    }
    if (typeof data0 == 'number' && isFinite(data0)) {
      if (data0 > 500 || isNaN(data0)) {
        const err2 = {
          instancePath: instancePath + '/limit',
          schemaPath: '#/properties/limit/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 500 },
          message: 'must be <= 500',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data0 < 1 || isNaN(data0)) {
        const err3 = {
          instancePath: instancePath + '/limit',
          schemaPath: '#/properties/limit/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 1 },
          message: 'must be >= 1',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.cursor !== undefined) {
      let data1 = data.cursor;
      if (typeof data1 !== 'string') {
        let dataType1 = typeof data1;
        let coerced1 = undefined;
        if (!(coerced1 !== undefined)) {
          if (dataType1 == 'number' || dataType1 == 'boolean') {
            coerced1 = '' + data1;
          } else if (data1 === null) {
            coerced1 = '';
          } else {
            const err4 = {
              instancePath: instancePath + '/cursor',
              schemaPath: '#/properties/cursor/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (coerced1 !== undefined) {
          data1 = coerced1;
          if (data !== undefined) {
            data['cursor'] = coerced1;
          }
        }
      }
      if (typeof data1 === 'string') {
        if (func1(data1) > 500) {
          const err5 = {
            instancePath: instancePath + '/cursor',
            schemaPath: '#/properties/cursor/maxLength',
            keyword: 'maxLength',
            params: { limit: 500 },
            message: 'must NOT have more than 500 characters',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err6 = {
            instancePath: instancePath + '/cursor',
            schemaPath: '#/properties/cursor/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const deleteSegment_query = validate27;
const schema42 = {
  type: 'object',
  properties: { force: { type: 'boolean', default: false } },
  additionalProperties: false,
};

function validate27(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.force === undefined) {
      data.force = false;
    }
    for (const key0 in data) {
      if (!(key0 === 'force')) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    let data0 = data.force;
    if (typeof data0 !== 'boolean') {
      let coerced0 = undefined;
      if (!(coerced0 !== undefined)) {
        if (data0 === 'false' || data0 === 0 || data0 === null) {
          coerced0 = false;
        } else if (data0 === 'true' || data0 === 1) {
          coerced0 = true;
        } else {
          const err1 = {
            instancePath: instancePath + '/force',
            schemaPath: '#/properties/force/type',
            keyword: 'type',
            params: { type: 'boolean' },
            message: 'must be boolean',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      if (coerced0 !== undefined) {
        data0 = coerced0;
        if (data !== undefined) {
          data['force'] = coerced0;
        }
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const listSegmentMembers_query = validate28;
const schema43 = {
  type: 'object',
  properties: {
    list: { $ref: 'https://ff.dev/openapi.json#/$defs/MemberList' },
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
    cursor: { type: 'string', minLength: 1, maxLength: 500 },
  },
  additionalProperties: false,
};
const schema44 = { type: 'string', enum: ['included', 'excluded'], default: 'included' };

function validate28(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.limit === undefined) {
      data.limit = 50;
    }
    for (const key0 in data) {
      if (!(key0 === 'list' || key0 === 'limit' || key0 === 'cursor')) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.list !== undefined) {
      let data0 = data.list;
      if (typeof data0 !== 'string') {
        let dataType0 = typeof data0;
        let coerced0 = undefined;
        if (!(coerced0 !== undefined)) {
          if (dataType0 == 'number' || dataType0 == 'boolean') {
            coerced0 = '' + data0;
          } else if (data0 === null) {
            coerced0 = '';
          } else {
            const err1 = {
              instancePath: instancePath + '/list',
              schemaPath: 'https://ff.dev/openapi.json#/$defs/MemberList/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (coerced0 !== undefined) {
          data0 = coerced0;
          if (data !== undefined) {
            data['list'] = coerced0;
          }
        }
      }
      if (!(data0 === 'included' || data0 === 'excluded')) {
        const err2 = {
          instancePath: instancePath + '/list',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/MemberList/enum',
          keyword: 'enum',
          params: { allowedValues: schema44.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    let data1 = data.limit;
    if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
      let dataType1 = typeof data1;
      let coerced1 = undefined;
      if (!(coerced1 !== undefined)) {
        if (
          dataType1 === 'boolean' ||
          data1 === null ||
          (dataType1 === 'string' && data1 && data1 == +data1 && !(data1 % 1))
        ) {
          coerced1 = +data1;
        } else {
          const err3 = {
            instancePath: instancePath + '/limit',
            schemaPath: '#/properties/limit/type',
            keyword: 'type',
            params: { type: 'integer' },
            message: 'must be integer',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (coerced1 !== undefined) {
        data1 = coerced1;
        if (data !== undefined) {
          data['limit'] = coerced1;
        }
      }
    }
    if (typeof data1 == 'number' && isFinite(data1)) {
      if (data1 > 500 || isNaN(data1)) {
        const err4 = {
          instancePath: instancePath + '/limit',
          schemaPath: '#/properties/limit/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 500 },
          message: 'must be <= 500',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data1 < 1 || isNaN(data1)) {
        const err5 = {
          instancePath: instancePath + '/limit',
          schemaPath: '#/properties/limit/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 1 },
          message: 'must be >= 1',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.cursor !== undefined) {
      let data2 = data.cursor;
      if (typeof data2 !== 'string') {
        let dataType2 = typeof data2;
        let coerced2 = undefined;
        if (!(coerced2 !== undefined)) {
          if (dataType2 == 'number' || dataType2 == 'boolean') {
            coerced2 = '' + data2;
          } else if (data2 === null) {
            coerced2 = '';
          } else {
            const err6 = {
              instancePath: instancePath + '/cursor',
              schemaPath: '#/properties/cursor/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (coerced2 !== undefined) {
          data2 = coerced2;
          if (data !== undefined) {
            data['cursor'] = coerced2;
          }
        }
      }
      if (typeof data2 === 'string') {
        if (func1(data2) > 500) {
          const err7 = {
            instancePath: instancePath + '/cursor',
            schemaPath: '#/properties/cursor/maxLength',
            keyword: 'maxLength',
            params: { limit: 500 },
            message: 'must NOT have more than 500 characters',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func1(data2) < 1) {
          const err8 = {
            instancePath: instancePath + '/cursor',
            schemaPath: '#/properties/cursor/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
  } else {
    const err9 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const exportSegmentMembers_query = validate29;
const schema45 = {
  type: 'object',
  properties: { list: { $ref: 'https://ff.dev/openapi.json#/$defs/MemberList' } },
  additionalProperties: false,
};

function validate29(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === 'list')) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.list !== undefined) {
      let data0 = data.list;
      if (typeof data0 !== 'string') {
        let dataType0 = typeof data0;
        let coerced0 = undefined;
        if (!(coerced0 !== undefined)) {
          if (dataType0 == 'number' || dataType0 == 'boolean') {
            coerced0 = '' + data0;
          } else if (data0 === null) {
            coerced0 = '';
          } else {
            const err1 = {
              instancePath: instancePath + '/list',
              schemaPath: 'https://ff.dev/openapi.json#/$defs/MemberList/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (coerced0 !== undefined) {
          data0 = coerced0;
          if (data !== undefined) {
            data['list'] = coerced0;
          }
        }
      }
      if (!(data0 === 'included' || data0 === 'excluded')) {
        const err2 = {
          instancePath: instancePath + '/list',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/MemberList/enum',
          keyword: 'enum',
          params: { allowedValues: schema44.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const importSegmentMembers_query = validate30;
const schema47 = {
  type: 'object',
  properties: {
    list: { $ref: 'https://ff.dev/openapi.json#/$defs/MemberList' },
    mode: { type: 'string', enum: ['merge', 'replace'], default: 'merge' },
  },
  additionalProperties: false,
};

function validate30(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.mode === undefined) {
      data.mode = 'merge';
    }
    for (const key0 in data) {
      if (!(key0 === 'list' || key0 === 'mode')) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.list !== undefined) {
      let data0 = data.list;
      if (typeof data0 !== 'string') {
        let dataType0 = typeof data0;
        let coerced0 = undefined;
        if (!(coerced0 !== undefined)) {
          if (dataType0 == 'number' || dataType0 == 'boolean') {
            coerced0 = '' + data0;
          } else if (data0 === null) {
            coerced0 = '';
          } else {
            const err1 = {
              instancePath: instancePath + '/list',
              schemaPath: 'https://ff.dev/openapi.json#/$defs/MemberList/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (coerced0 !== undefined) {
          data0 = coerced0;
          if (data !== undefined) {
            data['list'] = coerced0;
          }
        }
      }
      if (!(data0 === 'included' || data0 === 'excluded')) {
        const err2 = {
          instancePath: instancePath + '/list',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/MemberList/enum',
          keyword: 'enum',
          params: { allowedValues: schema44.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    let data1 = data.mode;
    if (typeof data1 !== 'string') {
      let dataType1 = typeof data1;
      let coerced1 = undefined;
      if (!(coerced1 !== undefined)) {
        if (dataType1 == 'number' || dataType1 == 'boolean') {
          coerced1 = '' + data1;
        } else if (data1 === null) {
          coerced1 = '';
        } else {
          const err3 = {
            instancePath: instancePath + '/mode',
            schemaPath: '#/properties/mode/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (coerced1 !== undefined) {
        data1 = coerced1;
        if (data !== undefined) {
          data['mode'] = coerced1;
        }
      }
    }
    if (!(data1 === 'merge' || data1 === 'replace')) {
      const err4 = {
        instancePath: instancePath + '/mode',
        schemaPath: '#/properties/mode/enum',
        keyword: 'enum',
        params: { allowedValues: schema47.properties.mode.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const listExperiments_query = validate31;
const schema49 = {
  type: 'object',
  properties: {
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
    cursor: { type: 'string', minLength: 1, maxLength: 500 },
    status: { $ref: 'https://ff.dev/openapi.json#/$defs/ExperimentStatus' },
    archived: { type: 'boolean', default: false },
  },
  additionalProperties: false,
};
const schema50 = { type: 'string', enum: ['draft', 'running', 'paused', 'stopped'] };

function validate31(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.limit === undefined) {
      data.limit = 50;
    }
    if (data.archived === undefined) {
      data.archived = false;
    }
    for (const key0 in data) {
      if (!(key0 === 'limit' || key0 === 'cursor' || key0 === 'status' || key0 === 'archived')) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    let data0 = data.limit;
    if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
      let dataType0 = typeof data0;
      let coerced0 = undefined;
      if (!(coerced0 !== undefined)) {
        if (
          dataType0 === 'boolean' ||
          data0 === null ||
          (dataType0 === 'string' && data0 && data0 == +data0 && !(data0 % 1))
        ) {
          coerced0 = +data0;
        } else {
          const err1 = {
            instancePath: instancePath + '/limit',
            schemaPath: '#/properties/limit/type',
            keyword: 'type',
            params: { type: 'integer' },
            message: 'must be integer',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      if (coerced0 !== undefined) {
        data0 = coerced0;
        if (data !== undefined) {
          data['limit'] = coerced0;
        }
      }
    }
    if (typeof data0 == 'number' && isFinite(data0)) {
      if (data0 > 500 || isNaN(data0)) {
        const err2 = {
          instancePath: instancePath + '/limit',
          schemaPath: '#/properties/limit/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 500 },
          message: 'must be <= 500',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data0 < 1 || isNaN(data0)) {
        const err3 = {
          instancePath: instancePath + '/limit',
          schemaPath: '#/properties/limit/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 1 },
          message: 'must be >= 1',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.cursor !== undefined) {
      let data1 = data.cursor;
      if (typeof data1 !== 'string') {
        let dataType1 = typeof data1;
        let coerced1 = undefined;
        if (!(coerced1 !== undefined)) {
          if (dataType1 == 'number' || dataType1 == 'boolean') {
            coerced1 = '' + data1;
          } else if (data1 === null) {
            coerced1 = '';
          } else {
            const err4 = {
              instancePath: instancePath + '/cursor',
              schemaPath: '#/properties/cursor/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (coerced1 !== undefined) {
          data1 = coerced1;
          if (data !== undefined) {
            data['cursor'] = coerced1;
          }
        }
      }
      if (typeof data1 === 'string') {
        if (func1(data1) > 500) {
          const err5 = {
            instancePath: instancePath + '/cursor',
            schemaPath: '#/properties/cursor/maxLength',
            keyword: 'maxLength',
            params: { limit: 500 },
            message: 'must NOT have more than 500 characters',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err6 = {
            instancePath: instancePath + '/cursor',
            schemaPath: '#/properties/cursor/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.status !== undefined) {
      let data2 = data.status;
      if (typeof data2 !== 'string') {
        let dataType2 = typeof data2;
        let coerced2 = undefined;
        if (!(coerced2 !== undefined)) {
          if (dataType2 == 'number' || dataType2 == 'boolean') {
            coerced2 = '' + data2;
          } else if (data2 === null) {
            coerced2 = '';
          } else {
            const err7 = {
              instancePath: instancePath + '/status',
              schemaPath: 'https://ff.dev/openapi.json#/$defs/ExperimentStatus/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (coerced2 !== undefined) {
          data2 = coerced2;
          if (data !== undefined) {
            data['status'] = coerced2;
          }
        }
      }
      if (!(data2 === 'draft' || data2 === 'running' || data2 === 'paused' || data2 === 'stopped')) {
        const err8 = {
          instancePath: instancePath + '/status',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/ExperimentStatus/enum',
          keyword: 'enum',
          params: { allowedValues: schema50.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    let data3 = data.archived;
    if (typeof data3 !== 'boolean') {
      let coerced3 = undefined;
      if (!(coerced3 !== undefined)) {
        if (data3 === 'false' || data3 === 0 || data3 === null) {
          coerced3 = false;
        } else if (data3 === 'true' || data3 === 1) {
          coerced3 = true;
        } else {
          const err9 = {
            instancePath: instancePath + '/archived',
            schemaPath: '#/properties/archived/type',
            keyword: 'type',
            params: { type: 'boolean' },
            message: 'must be boolean',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (coerced3 !== undefined) {
        data3 = coerced3;
        if (data !== undefined) {
          data['archived'] = coerced3;
        }
      }
    }
  } else {
    const err10 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const getExperimentResults_query = validate32;
const schema51 = {
  type: 'object',
  properties: { alpha: { type: 'number', exclusiveMinimum: 0, maximum: 0.5, default: 0.05 } },
  additionalProperties: false,
};

function validate32(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.alpha === undefined) {
      data.alpha = 0.05;
    }
    for (const key0 in data) {
      if (!(key0 === 'alpha')) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    let data0 = data.alpha;
    if (!(typeof data0 == 'number' && isFinite(data0))) {
      let dataType0 = typeof data0;
      let coerced0 = undefined;
      if (!(coerced0 !== undefined)) {
        if (dataType0 == 'boolean' || data0 === null || (dataType0 == 'string' && data0 && data0 == +data0)) {
          coerced0 = +data0;
        } else {
          const err1 = {
            instancePath: instancePath + '/alpha',
            schemaPath: '#/properties/alpha/type',
            keyword: 'type',
            params: { type: 'number' },
            message: 'must be number',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      if (coerced0 !== undefined) {
        data0 = coerced0;
        if (data !== undefined) {
          data['alpha'] = coerced0;
        }
      }
    }
    if (typeof data0 == 'number' && isFinite(data0)) {
      if (data0 > 0.5 || isNaN(data0)) {
        const err2 = {
          instancePath: instancePath + '/alpha',
          schemaPath: '#/properties/alpha/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 0.5 },
          message: 'must be <= 0.5',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data0 <= 0 || isNaN(data0)) {
        const err3 = {
          instancePath: instancePath + '/alpha',
          schemaPath: '#/properties/alpha/exclusiveMinimum',
          keyword: 'exclusiveMinimum',
          params: { comparison: '>', limit: 0 },
          message: 'must be > 0',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const getExperimentSampleSize_query = validate33;
const schema52 = {
  type: 'object',
  properties: {
    baseline: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
    mde: { type: 'number', exclusiveMinimum: 0, maximum: 10 },
    power: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1, default: 0.8 },
    alpha: { type: 'number', exclusiveMinimum: 0, maximum: 0.5, default: 0.05 },
  },
  required: ['baseline', 'mde'],
  additionalProperties: false,
};

function validate33(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate33.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.power === undefined) {
      data.power = 0.8;
    }
    if (data.alpha === undefined) {
      data.alpha = 0.05;
    }
    if (data.baseline === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'baseline' },
        message: "must have required property '" + 'baseline' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.mde === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'mde' },
        message: "must have required property '" + 'mde' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'baseline' || key0 === 'mde' || key0 === 'power' || key0 === 'alpha')) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.baseline !== undefined) {
      let data0 = data.baseline;
      if (!(typeof data0 == 'number' && isFinite(data0))) {
        let dataType0 = typeof data0;
        let coerced0 = undefined;
        if (!(coerced0 !== undefined)) {
          if (
            dataType0 == 'boolean' ||
            data0 === null ||
            (dataType0 == 'string' && data0 && data0 == +data0)
          ) {
            coerced0 = +data0;
          } else {
            const err3 = {
              instancePath: instancePath + '/baseline',
              schemaPath: '#/properties/baseline/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (coerced0 !== undefined) {
          data0 = coerced0;
          if (data !== undefined) {
            data['baseline'] = coerced0;
          }
        }
      }
      if (typeof data0 == 'number' && isFinite(data0)) {
        if (data0 >= 1 || isNaN(data0)) {
          const err4 = {
            instancePath: instancePath + '/baseline',
            schemaPath: '#/properties/baseline/exclusiveMaximum',
            keyword: 'exclusiveMaximum',
            params: { comparison: '<', limit: 1 },
            message: 'must be < 1',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0 <= 0 || isNaN(data0)) {
          const err5 = {
            instancePath: instancePath + '/baseline',
            schemaPath: '#/properties/baseline/exclusiveMinimum',
            keyword: 'exclusiveMinimum',
            params: { comparison: '>', limit: 0 },
            message: 'must be > 0',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.mde !== undefined) {
      let data1 = data.mde;
      if (!(typeof data1 == 'number' && isFinite(data1))) {
        let dataType1 = typeof data1;
        let coerced1 = undefined;
        if (!(coerced1 !== undefined)) {
          if (
            dataType1 == 'boolean' ||
            data1 === null ||
            (dataType1 == 'string' && data1 && data1 == +data1)
          ) {
            coerced1 = +data1;
          } else {
            const err6 = {
              instancePath: instancePath + '/mde',
              schemaPath: '#/properties/mde/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (coerced1 !== undefined) {
          data1 = coerced1;
          if (data !== undefined) {
            data['mde'] = coerced1;
          }
        }
      }
      if (typeof data1 == 'number' && isFinite(data1)) {
        if (data1 > 10 || isNaN(data1)) {
          const err7 = {
            instancePath: instancePath + '/mde',
            schemaPath: '#/properties/mde/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 10 },
            message: 'must be <= 10',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data1 <= 0 || isNaN(data1)) {
          const err8 = {
            instancePath: instancePath + '/mde',
            schemaPath: '#/properties/mde/exclusiveMinimum',
            keyword: 'exclusiveMinimum',
            params: { comparison: '>', limit: 0 },
            message: 'must be > 0',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    let data2 = data.power;
    if (!(typeof data2 == 'number' && isFinite(data2))) {
      let dataType2 = typeof data2;
      let coerced2 = undefined;
      if (!(coerced2 !== undefined)) {
        if (dataType2 == 'boolean' || data2 === null || (dataType2 == 'string' && data2 && data2 == +data2)) {
          coerced2 = +data2;
        } else {
          const err9 = {
            instancePath: instancePath + '/power',
            schemaPath: '#/properties/power/type',
            keyword: 'type',
            params: { type: 'number' },
            message: 'must be number',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (coerced2 !== undefined) {
        data2 = coerced2;
        if (data !== undefined) {
          data['power'] = coerced2;
        }
      }
    }
    if (typeof data2 == 'number' && isFinite(data2)) {
      if (data2 >= 1 || isNaN(data2)) {
        const err10 = {
          instancePath: instancePath + '/power',
          schemaPath: '#/properties/power/exclusiveMaximum',
          keyword: 'exclusiveMaximum',
          params: { comparison: '<', limit: 1 },
          message: 'must be < 1',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (data2 <= 0 || isNaN(data2)) {
        const err11 = {
          instancePath: instancePath + '/power',
          schemaPath: '#/properties/power/exclusiveMinimum',
          keyword: 'exclusiveMinimum',
          params: { comparison: '>', limit: 0 },
          message: 'must be > 0',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    let data3 = data.alpha;
    if (!(typeof data3 == 'number' && isFinite(data3))) {
      let dataType3 = typeof data3;
      let coerced3 = undefined;
      if (!(coerced3 !== undefined)) {
        if (dataType3 == 'boolean' || data3 === null || (dataType3 == 'string' && data3 && data3 == +data3)) {
          coerced3 = +data3;
        } else {
          const err12 = {
            instancePath: instancePath + '/alpha',
            schemaPath: '#/properties/alpha/type',
            keyword: 'type',
            params: { type: 'number' },
            message: 'must be number',
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
      if (coerced3 !== undefined) {
        data3 = coerced3;
        if (data !== undefined) {
          data['alpha'] = coerced3;
        }
      }
    }
    if (typeof data3 == 'number' && isFinite(data3)) {
      if (data3 > 0.5 || isNaN(data3)) {
        const err13 = {
          instancePath: instancePath + '/alpha',
          schemaPath: '#/properties/alpha/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 0.5 },
          message: 'must be <= 0.5',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (data3 <= 0 || isNaN(data3)) {
        const err14 = {
          instancePath: instancePath + '/alpha',
          schemaPath: '#/properties/alpha/exclusiveMinimum',
          keyword: 'exclusiveMinimum',
          params: { comparison: '>', limit: 0 },
          message: 'must be > 0',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
validate33.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const listMetricDefinitions_query = validate34;
const schema53 = {
  type: 'object',
  properties: {
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
    cursor: { type: 'string', minLength: 1, maxLength: 500 },
  },
  additionalProperties: false,
};

function validate34(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.limit === undefined) {
      data.limit = 50;
    }
    for (const key0 in data) {
      if (!(key0 === 'limit' || key0 === 'cursor')) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    let data0 = data.limit;
    if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
      let dataType0 = typeof data0;
      let coerced0 = undefined;
      if (!(coerced0 !== undefined)) {
        if (
          dataType0 === 'boolean' ||
          data0 === null ||
          (dataType0 === 'string' && data0 && data0 == +data0 && !(data0 % 1))
        ) {
          coerced0 = +data0;
        } else {
          const err1 = {
            instancePath: instancePath + '/limit',
            schemaPath: '#/properties/limit/type',
            keyword: 'type',
            params: { type: 'integer' },
            message: 'must be integer',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      if (coerced0 !== undefined) {
        data0 = coerced0;
        if (data !== undefined) {
          data['limit'] = coerced0;
        }
      }
    }
    if (typeof data0 == 'number' && isFinite(data0)) {
      if (data0 > 500 || isNaN(data0)) {
        const err2 = {
          instancePath: instancePath + '/limit',
          schemaPath: '#/properties/limit/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 500 },
          message: 'must be <= 500',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data0 < 1 || isNaN(data0)) {
        const err3 = {
          instancePath: instancePath + '/limit',
          schemaPath: '#/properties/limit/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 1 },
          message: 'must be >= 1',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.cursor !== undefined) {
      let data1 = data.cursor;
      if (typeof data1 !== 'string') {
        let dataType1 = typeof data1;
        let coerced1 = undefined;
        if (!(coerced1 !== undefined)) {
          if (dataType1 == 'number' || dataType1 == 'boolean') {
            coerced1 = '' + data1;
          } else if (data1 === null) {
            coerced1 = '';
          } else {
            const err4 = {
              instancePath: instancePath + '/cursor',
              schemaPath: '#/properties/cursor/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (coerced1 !== undefined) {
          data1 = coerced1;
          if (data !== undefined) {
            data['cursor'] = coerced1;
          }
        }
      }
      if (typeof data1 === 'string') {
        if (func1(data1) > 500) {
          const err5 = {
            instancePath: instancePath + '/cursor',
            schemaPath: '#/properties/cursor/maxLength',
            keyword: 'maxLength',
            params: { limit: 500 },
            message: 'must NOT have more than 500 characters',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err6 = {
            instancePath: instancePath + '/cursor',
            schemaPath: '#/properties/cursor/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const getInsightsSummary_query = validate35;
const schema54 = {
  type: 'object',
  properties: {
    top: { type: 'integer', minimum: 1, maximum: 100, default: 10 },
    days: { type: 'integer', minimum: 1, maximum: 90, default: 14 },
  },
  additionalProperties: false,
};

function validate35(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.top === undefined) {
      data.top = 10;
    }
    if (data.days === undefined) {
      data.days = 14;
    }
    for (const key0 in data) {
      if (!(key0 === 'top' || key0 === 'days')) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    let data0 = data.top;
    if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
      let dataType0 = typeof data0;
      let coerced0 = undefined;
      if (!(coerced0 !== undefined)) {
        if (
          dataType0 === 'boolean' ||
          data0 === null ||
          (dataType0 === 'string' && data0 && data0 == +data0 && !(data0 % 1))
        ) {
          coerced0 = +data0;
        } else {
          const err1 = {
            instancePath: instancePath + '/top',
            schemaPath: '#/properties/top/type',
            keyword: 'type',
            params: { type: 'integer' },
            message: 'must be integer',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      if (coerced0 !== undefined) {
        data0 = coerced0;
        if (data !== undefined) {
          data['top'] = coerced0;
        }
      }
    }
    if (typeof data0 == 'number' && isFinite(data0)) {
      if (data0 > 100 || isNaN(data0)) {
        const err2 = {
          instancePath: instancePath + '/top',
          schemaPath: '#/properties/top/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 100 },
          message: 'must be <= 100',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data0 < 1 || isNaN(data0)) {
        const err3 = {
          instancePath: instancePath + '/top',
          schemaPath: '#/properties/top/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 1 },
          message: 'must be >= 1',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    let data1 = data.days;
    if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
      let dataType1 = typeof data1;
      let coerced1 = undefined;
      if (!(coerced1 !== undefined)) {
        if (
          dataType1 === 'boolean' ||
          data1 === null ||
          (dataType1 === 'string' && data1 && data1 == +data1 && !(data1 % 1))
        ) {
          coerced1 = +data1;
        } else {
          const err4 = {
            instancePath: instancePath + '/days',
            schemaPath: '#/properties/days/type',
            keyword: 'type',
            params: { type: 'integer' },
            message: 'must be integer',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (coerced1 !== undefined) {
        data1 = coerced1;
        if (data !== undefined) {
          data['days'] = coerced1;
        }
      }
    }
    if (typeof data1 == 'number' && isFinite(data1)) {
      if (data1 > 90 || isNaN(data1)) {
        const err5 = {
          instancePath: instancePath + '/days',
          schemaPath: '#/properties/days/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 90 },
          message: 'must be <= 90',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data1 < 1 || isNaN(data1)) {
        const err6 = {
          instancePath: instancePath + '/days',
          schemaPath: '#/properties/days/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 1 },
          message: 'must be >= 1',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const getFlagUsage_query = validate36;
const schema55 = {
  type: 'object',
  properties: {
    granularity: { type: 'string', enum: ['hour', 'day'], default: 'day' },
    from: { $ref: 'https://ff.dev/openapi.json#/$defs/Timestamp' },
    to: { $ref: 'https://ff.dev/openapi.json#/$defs/Timestamp' },
    environment: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  additionalProperties: false,
};
const schema56 = { type: 'string', format: 'date-time' };
const formats0 = require('ajv-formats/dist/formats').fullFormats['date-time'];

function validate36(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate36.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.granularity === undefined) {
      data.granularity = 'day';
    }
    for (const key0 in data) {
      if (!(key0 === 'granularity' || key0 === 'from' || key0 === 'to' || key0 === 'environment')) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    let data0 = data.granularity;
    if (typeof data0 !== 'string') {
      let dataType0 = typeof data0;
      let coerced0 = undefined;
      if (!(coerced0 !== undefined)) {
        if (dataType0 == 'number' || dataType0 == 'boolean') {
          coerced0 = '' + data0;
        } else if (data0 === null) {
          coerced0 = '';
        } else {
          const err1 = {
            instancePath: instancePath + '/granularity',
            schemaPath: '#/properties/granularity/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      if (coerced0 !== undefined) {
        data0 = coerced0;
        if (data !== undefined) {
          data['granularity'] = coerced0;
        }
      }
    }
    if (!(data0 === 'hour' || data0 === 'day')) {
      const err2 = {
        instancePath: instancePath + '/granularity',
        schemaPath: '#/properties/granularity/enum',
        keyword: 'enum',
        params: { allowedValues: schema55.properties.granularity.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.from !== undefined) {
      let data1 = data.from;
      if (typeof data1 !== 'string') {
        let dataType1 = typeof data1;
        let coerced1 = undefined;
        if (!(coerced1 !== undefined)) {
          if (dataType1 == 'number' || dataType1 == 'boolean') {
            coerced1 = '' + data1;
          } else if (data1 === null) {
            coerced1 = '';
          } else {
            const err3 = {
              instancePath: instancePath + '/from',
              schemaPath: 'https://ff.dev/openapi.json#/$defs/Timestamp/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (coerced1 !== undefined) {
          data1 = coerced1;
          if (data !== undefined) {
            data['from'] = coerced1;
          }
        }
      }
      if (typeof data1 === 'string') {
        if (!formats0.validate(data1)) {
          const err4 = {
            instancePath: instancePath + '/from',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Timestamp/format',
            keyword: 'format',
            params: { format: 'date-time' },
            message: 'must match format "' + 'date-time' + '"',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.to !== undefined) {
      let data2 = data.to;
      if (typeof data2 !== 'string') {
        let dataType2 = typeof data2;
        let coerced2 = undefined;
        if (!(coerced2 !== undefined)) {
          if (dataType2 == 'number' || dataType2 == 'boolean') {
            coerced2 = '' + data2;
          } else if (data2 === null) {
            coerced2 = '';
          } else {
            const err5 = {
              instancePath: instancePath + '/to',
              schemaPath: 'https://ff.dev/openapi.json#/$defs/Timestamp/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (coerced2 !== undefined) {
          data2 = coerced2;
          if (data !== undefined) {
            data['to'] = coerced2;
          }
        }
      }
      if (typeof data2 === 'string') {
        if (!formats0.validate(data2)) {
          const err6 = {
            instancePath: instancePath + '/to',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Timestamp/format',
            keyword: 'format',
            params: { format: 'date-time' },
            message: 'must match format "' + 'date-time' + '"',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.environment !== undefined) {
      let data3 = data.environment;
      if (typeof data3 !== 'string') {
        let dataType3 = typeof data3;
        let coerced3 = undefined;
        if (!(coerced3 !== undefined)) {
          if (dataType3 == 'number' || dataType3 == 'boolean') {
            coerced3 = '' + data3;
          } else if (data3 === null) {
            coerced3 = '';
          } else {
            const err7 = {
              instancePath: instancePath + '/environment',
              schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (coerced3 !== undefined) {
          data3 = coerced3;
          if (data !== undefined) {
            data['environment'] = coerced3;
          }
        }
      }
      if (typeof data3 === 'string') {
        if (!pattern4.test(data3)) {
          const err8 = {
            instancePath: instancePath + '/environment',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
  } else {
    const err9 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
validate36.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const listCodeReferences_query = validate37;
const schema59 = {
  type: 'object',
  properties: { flag: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' } },
  additionalProperties: false,
};

function validate37(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate37.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === 'flag')) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.flag !== undefined) {
      let data0 = data.flag;
      if (typeof data0 !== 'string') {
        let dataType0 = typeof data0;
        let coerced0 = undefined;
        if (!(coerced0 !== undefined)) {
          if (dataType0 == 'number' || dataType0 == 'boolean') {
            coerced0 = '' + data0;
          } else if (data0 === null) {
            coerced0 = '';
          } else {
            const err1 = {
              instancePath: instancePath + '/flag',
              schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (coerced0 !== undefined) {
          data0 = coerced0;
          if (data !== undefined) {
            data['flag'] = coerced0;
          }
        }
      }
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/flag',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
validate37.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const listAudit_query = validate38;
const schema61 = {
  type: 'object',
  properties: {
    resource: { type: 'string', minLength: 1, maxLength: 500 },
    resourceType: { $ref: 'https://ff.dev/openapi.json#/$defs/ResourceType' },
    actor: { type: 'string', minLength: 1, maxLength: 320 },
    action: { type: 'string', minLength: 1, maxLength: 100 },
    since: { type: 'string', format: 'date-time' },
    until: { type: 'string', format: 'date-time' },
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
    cursor: { type: 'string', minLength: 1, maxLength: 500 },
  },
  additionalProperties: false,
};
const schema62 = {
  type: 'string',
  description: '`organization` marks organization-wide events such as the first-start demo seed.',
  enum: [
    'organization',
    'project',
    'environment',
    'flag',
    'flag_config',
    'segment',
    'segment_members',
    'sdk_key',
    'api_token',
    'member',
    'experiment',
    'metric',
    'insights_settings',
    'schedule',
    'webhook',
    'change_request',
    'code_references',
  ],
};

function validate38(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate38.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.limit === undefined) {
      data.limit = 50;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'resource' ||
        key0 === 'resourceType' ||
        key0 === 'actor' ||
        key0 === 'action' ||
        key0 === 'since' ||
        key0 === 'until' ||
        key0 === 'limit' ||
        key0 === 'cursor'
      )) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.resource !== undefined) {
      let data0 = data.resource;
      if (typeof data0 !== 'string') {
        let dataType0 = typeof data0;
        let coerced0 = undefined;
        if (!(coerced0 !== undefined)) {
          if (dataType0 == 'number' || dataType0 == 'boolean') {
            coerced0 = '' + data0;
          } else if (data0 === null) {
            coerced0 = '';
          } else {
            const err1 = {
              instancePath: instancePath + '/resource',
              schemaPath: '#/properties/resource/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (coerced0 !== undefined) {
          data0 = coerced0;
          if (data !== undefined) {
            data['resource'] = coerced0;
          }
        }
      }
      if (typeof data0 === 'string') {
        if (func1(data0) > 500) {
          const err2 = {
            instancePath: instancePath + '/resource',
            schemaPath: '#/properties/resource/maxLength',
            keyword: 'maxLength',
            params: { limit: 500 },
            message: 'must NOT have more than 500 characters',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err3 = {
            instancePath: instancePath + '/resource',
            schemaPath: '#/properties/resource/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    if (data.resourceType !== undefined) {
      let data1 = data.resourceType;
      if (typeof data1 !== 'string') {
        let dataType1 = typeof data1;
        let coerced1 = undefined;
        if (!(coerced1 !== undefined)) {
          if (dataType1 == 'number' || dataType1 == 'boolean') {
            coerced1 = '' + data1;
          } else if (data1 === null) {
            coerced1 = '';
          } else {
            const err4 = {
              instancePath: instancePath + '/resourceType',
              schemaPath: 'https://ff.dev/openapi.json#/$defs/ResourceType/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (coerced1 !== undefined) {
          data1 = coerced1;
          if (data !== undefined) {
            data['resourceType'] = coerced1;
          }
        }
      }
      if (!(
        data1 === 'organization' ||
        data1 === 'project' ||
        data1 === 'environment' ||
        data1 === 'flag' ||
        data1 === 'flag_config' ||
        data1 === 'segment' ||
        data1 === 'segment_members' ||
        data1 === 'sdk_key' ||
        data1 === 'api_token' ||
        data1 === 'member' ||
        data1 === 'experiment' ||
        data1 === 'metric' ||
        data1 === 'insights_settings' ||
        data1 === 'schedule' ||
        data1 === 'webhook' ||
        data1 === 'change_request' ||
        data1 === 'code_references'
      )) {
        const err5 = {
          instancePath: instancePath + '/resourceType',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/ResourceType/enum',
          keyword: 'enum',
          params: { allowedValues: schema62.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.actor !== undefined) {
      let data2 = data.actor;
      if (typeof data2 !== 'string') {
        let dataType2 = typeof data2;
        let coerced2 = undefined;
        if (!(coerced2 !== undefined)) {
          if (dataType2 == 'number' || dataType2 == 'boolean') {
            coerced2 = '' + data2;
          } else if (data2 === null) {
            coerced2 = '';
          } else {
            const err6 = {
              instancePath: instancePath + '/actor',
              schemaPath: '#/properties/actor/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (coerced2 !== undefined) {
          data2 = coerced2;
          if (data !== undefined) {
            data['actor'] = coerced2;
          }
        }
      }
      if (typeof data2 === 'string') {
        if (func1(data2) > 320) {
          const err7 = {
            instancePath: instancePath + '/actor',
            schemaPath: '#/properties/actor/maxLength',
            keyword: 'maxLength',
            params: { limit: 320 },
            message: 'must NOT have more than 320 characters',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func1(data2) < 1) {
          const err8 = {
            instancePath: instancePath + '/actor',
            schemaPath: '#/properties/actor/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.action !== undefined) {
      let data3 = data.action;
      if (typeof data3 !== 'string') {
        let dataType3 = typeof data3;
        let coerced3 = undefined;
        if (!(coerced3 !== undefined)) {
          if (dataType3 == 'number' || dataType3 == 'boolean') {
            coerced3 = '' + data3;
          } else if (data3 === null) {
            coerced3 = '';
          } else {
            const err9 = {
              instancePath: instancePath + '/action',
              schemaPath: '#/properties/action/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (coerced3 !== undefined) {
          data3 = coerced3;
          if (data !== undefined) {
            data['action'] = coerced3;
          }
        }
      }
      if (typeof data3 === 'string') {
        if (func1(data3) > 100) {
          const err10 = {
            instancePath: instancePath + '/action',
            schemaPath: '#/properties/action/maxLength',
            keyword: 'maxLength',
            params: { limit: 100 },
            message: 'must NOT have more than 100 characters',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (func1(data3) < 1) {
          const err11 = {
            instancePath: instancePath + '/action',
            schemaPath: '#/properties/action/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
    if (data.since !== undefined) {
      let data4 = data.since;
      if (typeof data4 !== 'string') {
        let dataType4 = typeof data4;
        let coerced4 = undefined;
        if (!(coerced4 !== undefined)) {
          if (dataType4 == 'number' || dataType4 == 'boolean') {
            coerced4 = '' + data4;
          } else if (data4 === null) {
            coerced4 = '';
          } else {
            const err12 = {
              instancePath: instancePath + '/since',
              schemaPath: '#/properties/since/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (coerced4 !== undefined) {
          data4 = coerced4;
          if (data !== undefined) {
            data['since'] = coerced4;
          }
        }
      }
      if (typeof data4 === 'string') {
        if (!formats0.validate(data4)) {
          const err13 = {
            instancePath: instancePath + '/since',
            schemaPath: '#/properties/since/format',
            keyword: 'format',
            params: { format: 'date-time' },
            message: 'must match format "' + 'date-time' + '"',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    if (data.until !== undefined) {
      let data5 = data.until;
      if (typeof data5 !== 'string') {
        let dataType5 = typeof data5;
        let coerced5 = undefined;
        if (!(coerced5 !== undefined)) {
          if (dataType5 == 'number' || dataType5 == 'boolean') {
            coerced5 = '' + data5;
          } else if (data5 === null) {
            coerced5 = '';
          } else {
            const err14 = {
              instancePath: instancePath + '/until',
              schemaPath: '#/properties/until/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (coerced5 !== undefined) {
          data5 = coerced5;
          if (data !== undefined) {
            data['until'] = coerced5;
          }
        }
      }
      if (typeof data5 === 'string') {
        if (!formats0.validate(data5)) {
          const err15 = {
            instancePath: instancePath + '/until',
            schemaPath: '#/properties/until/format',
            keyword: 'format',
            params: { format: 'date-time' },
            message: 'must match format "' + 'date-time' + '"',
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    let data6 = data.limit;
    if (!(typeof data6 == 'number' && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
      let dataType6 = typeof data6;
      let coerced6 = undefined;
      if (!(coerced6 !== undefined)) {
        if (
          dataType6 === 'boolean' ||
          data6 === null ||
          (dataType6 === 'string' && data6 && data6 == +data6 && !(data6 % 1))
        ) {
          coerced6 = +data6;
        } else {
          const err16 = {
            instancePath: instancePath + '/limit',
            schemaPath: '#/properties/limit/type',
            keyword: 'type',
            params: { type: 'integer' },
            message: 'must be integer',
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
      if (coerced6 !== undefined) {
        data6 = coerced6;
        if (data !== undefined) {
          data['limit'] = coerced6;
        }
      }
    }
    if (typeof data6 == 'number' && isFinite(data6)) {
      if (data6 > 500 || isNaN(data6)) {
        const err17 = {
          instancePath: instancePath + '/limit',
          schemaPath: '#/properties/limit/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 500 },
          message: 'must be <= 500',
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (data6 < 1 || isNaN(data6)) {
        const err18 = {
          instancePath: instancePath + '/limit',
          schemaPath: '#/properties/limit/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 1 },
          message: 'must be >= 1',
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.cursor !== undefined) {
      let data7 = data.cursor;
      if (typeof data7 !== 'string') {
        let dataType7 = typeof data7;
        let coerced7 = undefined;
        if (!(coerced7 !== undefined)) {
          if (dataType7 == 'number' || dataType7 == 'boolean') {
            coerced7 = '' + data7;
          } else if (data7 === null) {
            coerced7 = '';
          } else {
            const err19 = {
              instancePath: instancePath + '/cursor',
              schemaPath: '#/properties/cursor/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (coerced7 !== undefined) {
          data7 = coerced7;
          if (data !== undefined) {
            data['cursor'] = coerced7;
          }
        }
      }
      if (typeof data7 === 'string') {
        if (func1(data7) > 500) {
          const err20 = {
            instancePath: instancePath + '/cursor',
            schemaPath: '#/properties/cursor/maxLength',
            keyword: 'maxLength',
            params: { limit: 500 },
            message: 'must NOT have more than 500 characters',
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (func1(data7) < 1) {
          const err21 = {
            instancePath: instancePath + '/cursor',
            schemaPath: '#/properties/cursor/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
    }
  } else {
    const err22 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
validate38.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const exportAudit_query = validate39;
const schema63 = {
  type: 'object',
  properties: {
    resource: { type: 'string', minLength: 1, maxLength: 500 },
    resourceType: { $ref: 'https://ff.dev/openapi.json#/$defs/ResourceType' },
    actor: { type: 'string', minLength: 1, maxLength: 320 },
    action: { type: 'string', minLength: 1, maxLength: 100 },
    since: { type: 'string', format: 'date-time' },
    until: { type: 'string', format: 'date-time' },
  },
  additionalProperties: false,
};

function validate39(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate39.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === 'resource' ||
        key0 === 'resourceType' ||
        key0 === 'actor' ||
        key0 === 'action' ||
        key0 === 'since' ||
        key0 === 'until'
      )) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.resource !== undefined) {
      let data0 = data.resource;
      if (typeof data0 !== 'string') {
        let dataType0 = typeof data0;
        let coerced0 = undefined;
        if (!(coerced0 !== undefined)) {
          if (dataType0 == 'number' || dataType0 == 'boolean') {
            coerced0 = '' + data0;
          } else if (data0 === null) {
            coerced0 = '';
          } else {
            const err1 = {
              instancePath: instancePath + '/resource',
              schemaPath: '#/properties/resource/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (coerced0 !== undefined) {
          data0 = coerced0;
          if (data !== undefined) {
            data['resource'] = coerced0;
          }
        }
      }
      if (typeof data0 === 'string') {
        if (func1(data0) > 500) {
          const err2 = {
            instancePath: instancePath + '/resource',
            schemaPath: '#/properties/resource/maxLength',
            keyword: 'maxLength',
            params: { limit: 500 },
            message: 'must NOT have more than 500 characters',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err3 = {
            instancePath: instancePath + '/resource',
            schemaPath: '#/properties/resource/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    if (data.resourceType !== undefined) {
      let data1 = data.resourceType;
      if (typeof data1 !== 'string') {
        let dataType1 = typeof data1;
        let coerced1 = undefined;
        if (!(coerced1 !== undefined)) {
          if (dataType1 == 'number' || dataType1 == 'boolean') {
            coerced1 = '' + data1;
          } else if (data1 === null) {
            coerced1 = '';
          } else {
            const err4 = {
              instancePath: instancePath + '/resourceType',
              schemaPath: 'https://ff.dev/openapi.json#/$defs/ResourceType/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (coerced1 !== undefined) {
          data1 = coerced1;
          if (data !== undefined) {
            data['resourceType'] = coerced1;
          }
        }
      }
      if (!(
        data1 === 'organization' ||
        data1 === 'project' ||
        data1 === 'environment' ||
        data1 === 'flag' ||
        data1 === 'flag_config' ||
        data1 === 'segment' ||
        data1 === 'segment_members' ||
        data1 === 'sdk_key' ||
        data1 === 'api_token' ||
        data1 === 'member' ||
        data1 === 'experiment' ||
        data1 === 'metric' ||
        data1 === 'insights_settings' ||
        data1 === 'schedule' ||
        data1 === 'webhook' ||
        data1 === 'change_request' ||
        data1 === 'code_references'
      )) {
        const err5 = {
          instancePath: instancePath + '/resourceType',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/ResourceType/enum',
          keyword: 'enum',
          params: { allowedValues: schema62.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.actor !== undefined) {
      let data2 = data.actor;
      if (typeof data2 !== 'string') {
        let dataType2 = typeof data2;
        let coerced2 = undefined;
        if (!(coerced2 !== undefined)) {
          if (dataType2 == 'number' || dataType2 == 'boolean') {
            coerced2 = '' + data2;
          } else if (data2 === null) {
            coerced2 = '';
          } else {
            const err6 = {
              instancePath: instancePath + '/actor',
              schemaPath: '#/properties/actor/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (coerced2 !== undefined) {
          data2 = coerced2;
          if (data !== undefined) {
            data['actor'] = coerced2;
          }
        }
      }
      if (typeof data2 === 'string') {
        if (func1(data2) > 320) {
          const err7 = {
            instancePath: instancePath + '/actor',
            schemaPath: '#/properties/actor/maxLength',
            keyword: 'maxLength',
            params: { limit: 320 },
            message: 'must NOT have more than 320 characters',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func1(data2) < 1) {
          const err8 = {
            instancePath: instancePath + '/actor',
            schemaPath: '#/properties/actor/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.action !== undefined) {
      let data3 = data.action;
      if (typeof data3 !== 'string') {
        let dataType3 = typeof data3;
        let coerced3 = undefined;
        if (!(coerced3 !== undefined)) {
          if (dataType3 == 'number' || dataType3 == 'boolean') {
            coerced3 = '' + data3;
          } else if (data3 === null) {
            coerced3 = '';
          } else {
            const err9 = {
              instancePath: instancePath + '/action',
              schemaPath: '#/properties/action/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (coerced3 !== undefined) {
          data3 = coerced3;
          if (data !== undefined) {
            data['action'] = coerced3;
          }
        }
      }
      if (typeof data3 === 'string') {
        if (func1(data3) > 100) {
          const err10 = {
            instancePath: instancePath + '/action',
            schemaPath: '#/properties/action/maxLength',
            keyword: 'maxLength',
            params: { limit: 100 },
            message: 'must NOT have more than 100 characters',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (func1(data3) < 1) {
          const err11 = {
            instancePath: instancePath + '/action',
            schemaPath: '#/properties/action/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
    if (data.since !== undefined) {
      let data4 = data.since;
      if (typeof data4 !== 'string') {
        let dataType4 = typeof data4;
        let coerced4 = undefined;
        if (!(coerced4 !== undefined)) {
          if (dataType4 == 'number' || dataType4 == 'boolean') {
            coerced4 = '' + data4;
          } else if (data4 === null) {
            coerced4 = '';
          } else {
            const err12 = {
              instancePath: instancePath + '/since',
              schemaPath: '#/properties/since/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (coerced4 !== undefined) {
          data4 = coerced4;
          if (data !== undefined) {
            data['since'] = coerced4;
          }
        }
      }
      if (typeof data4 === 'string') {
        if (!formats0.validate(data4)) {
          const err13 = {
            instancePath: instancePath + '/since',
            schemaPath: '#/properties/since/format',
            keyword: 'format',
            params: { format: 'date-time' },
            message: 'must match format "' + 'date-time' + '"',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    if (data.until !== undefined) {
      let data5 = data.until;
      if (typeof data5 !== 'string') {
        let dataType5 = typeof data5;
        let coerced5 = undefined;
        if (!(coerced5 !== undefined)) {
          if (dataType5 == 'number' || dataType5 == 'boolean') {
            coerced5 = '' + data5;
          } else if (data5 === null) {
            coerced5 = '';
          } else {
            const err14 = {
              instancePath: instancePath + '/until',
              schemaPath: '#/properties/until/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (coerced5 !== undefined) {
          data5 = coerced5;
          if (data !== undefined) {
            data['until'] = coerced5;
          }
        }
      }
      if (typeof data5 === 'string') {
        if (!formats0.validate(data5)) {
          const err15 = {
            instancePath: instancePath + '/until',
            schemaPath: '#/properties/until/format',
            keyword: 'format',
            params: { format: 'date-time' },
            message: 'must match format "' + 'date-time' + '"',
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
  } else {
    const err16 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
validate39.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const streamSdkChanges_query = validate40;
const schema65 = {
  type: 'object',
  properties: {
    context: { type: 'string', minLength: 1, maxLength: 8192, pattern: '^[A-Za-z0-9_-]+={0,2}$' },
  },
  additionalProperties: false,
};
const pattern8 = new RegExp('^[A-Za-z0-9_-]+={0,2}$', 'u');

function validate40(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate40.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === 'context')) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.context !== undefined) {
      let data0 = data.context;
      if (typeof data0 !== 'string') {
        let dataType0 = typeof data0;
        let coerced0 = undefined;
        if (!(coerced0 !== undefined)) {
          if (dataType0 == 'number' || dataType0 == 'boolean') {
            coerced0 = '' + data0;
          } else if (data0 === null) {
            coerced0 = '';
          } else {
            const err1 = {
              instancePath: instancePath + '/context',
              schemaPath: '#/properties/context/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (coerced0 !== undefined) {
          data0 = coerced0;
          if (data !== undefined) {
            data['context'] = coerced0;
          }
        }
      }
      if (typeof data0 === 'string') {
        if (func1(data0) > 8192) {
          const err2 = {
            instancePath: instancePath + '/context',
            schemaPath: '#/properties/context/maxLength',
            keyword: 'maxLength',
            params: { limit: 8192 },
            message: 'must NOT have more than 8192 characters',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err3 = {
            instancePath: instancePath + '/context',
            schemaPath: '#/properties/context/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern8.test(data0)) {
          const err4 = {
            instancePath: instancePath + '/context',
            schemaPath: '#/properties/context/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z0-9_-]+={0,2}$' },
            message: 'must match pattern "' + '^[A-Za-z0-9_-]+={0,2}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate40.errors = vErrors;
  return errors === 0;
}
validate40.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
