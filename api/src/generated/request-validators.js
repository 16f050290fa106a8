// Generated from openapi.yaml by npm run generate. Do not edit.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
export const login_body = validate20;
const schema31 = {
  type: 'object',
  additionalProperties: false,
  required: ['email', 'password'],
  properties: {
    email: { type: 'string', format: 'email', maxLength: 320 },
    password: { type: 'string', minLength: 1, maxLength: 1024 },
    tokenName: { type: 'string', minLength: 1, maxLength: 100, default: 'login' },
  },
};
const formats0 =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const func1 = require('ajv/dist/runtime/ucs2length').default;

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
    if (data.tokenName === undefined) {
      data.tokenName = 'login';
    }
    if (data.email === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'email' },
        message: "must have required property '" + 'email' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.password === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'password' },
        message: "must have required property '" + 'password' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'email' || key0 === 'password' || key0 === 'tokenName')) {
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
    if (data.email !== undefined) {
      let data0 = data.email;
      if (typeof data0 === 'string') {
        if (func1(data0) > 320) {
          const err3 = {
            instancePath: instancePath + '/email',
            schemaPath: '#/properties/email/maxLength',
            keyword: 'maxLength',
            params: { limit: 320 },
            message: 'must NOT have more than 320 characters',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!formats0.test(data0)) {
          const err4 = {
            instancePath: instancePath + '/email',
            schemaPath: '#/properties/email/format',
            keyword: 'format',
            params: { format: 'email' },
            message: 'must match format "' + 'email' + '"',
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
          instancePath: instancePath + '/email',
          schemaPath: '#/properties/email/type',
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
    if (data.password !== undefined) {
      let data1 = data.password;
      if (typeof data1 === 'string') {
        if (func1(data1) > 1024) {
          const err6 = {
            instancePath: instancePath + '/password',
            schemaPath: '#/properties/password/maxLength',
            keyword: 'maxLength',
            params: { limit: 1024 },
            message: 'must NOT have more than 1024 characters',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err7 = {
            instancePath: instancePath + '/password',
            schemaPath: '#/properties/password/minLength',
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
      } else {
        const err8 = {
          instancePath: instancePath + '/password',
          schemaPath: '#/properties/password/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    let data2 = data.tokenName;
    if (typeof data2 === 'string') {
      if (func1(data2) > 100) {
        const err9 = {
          instancePath: instancePath + '/tokenName',
          schemaPath: '#/properties/tokenName/maxLength',
          keyword: 'maxLength',
          params: { limit: 100 },
          message: 'must NOT have more than 100 characters',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (func1(data2) < 1) {
        const err10 = {
          instancePath: instancePath + '/tokenName',
          schemaPath: '#/properties/tokenName/minLength',
          keyword: 'minLength',
          params: { limit: 1 },
          message: 'must NOT have fewer than 1 characters',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    } else {
      const err11 = {
        instancePath: instancePath + '/tokenName',
        schemaPath: '#/properties/tokenName/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
  } else {
    const err12 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const acceptInvite_body = validate21;
const schema32 = {
  type: 'object',
  additionalProperties: false,
  required: ['inviteCode'],
  properties: {
    inviteCode: { type: 'string', minLength: 1, maxLength: 200 },
    name: { type: 'string', minLength: 1, maxLength: 200 },
    password: { type: 'string', minLength: 12, maxLength: 1024 },
  },
};

function validate21(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.inviteCode === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'inviteCode' },
        message: "must have required property '" + 'inviteCode' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'inviteCode' || key0 === 'name' || key0 === 'password')) {
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
    if (data.inviteCode !== undefined) {
      let data0 = data.inviteCode;
      if (typeof data0 === 'string') {
        if (func1(data0) > 200) {
          const err2 = {
            instancePath: instancePath + '/inviteCode',
            schemaPath: '#/properties/inviteCode/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
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
            instancePath: instancePath + '/inviteCode',
            schemaPath: '#/properties/inviteCode/minLength',
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
      } else {
        const err4 = {
          instancePath: instancePath + '/inviteCode',
          schemaPath: '#/properties/inviteCode/type',
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
    if (data.name !== undefined) {
      let data1 = data.name;
      if (typeof data1 === 'string') {
        if (func1(data1) > 200) {
          const err5 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/properties/name/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
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
            instancePath: instancePath + '/name',
            schemaPath: '#/properties/name/minLength',
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
      } else {
        const err7 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
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
    if (data.password !== undefined) {
      let data2 = data.password;
      if (typeof data2 === 'string') {
        if (func1(data2) > 1024) {
          const err8 = {
            instancePath: instancePath + '/password',
            schemaPath: '#/properties/password/maxLength',
            keyword: 'maxLength',
            params: { limit: 1024 },
            message: 'must NOT have more than 1024 characters',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (func1(data2) < 12) {
          const err9 = {
            instancePath: instancePath + '/password',
            schemaPath: '#/properties/password/minLength',
            keyword: 'minLength',
            params: { limit: 12 },
            message: 'must NOT have fewer than 12 characters',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/password',
          schemaPath: '#/properties/password/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const createToken_body = validate22;
const schema33 = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 100 },
    kind: { type: 'string', enum: ['personal', 'service'], default: 'personal' },
    role: {
      description: 'Service tokens only; the role they act with.',
      $ref: 'https://ff.dev/openapi.json#/$defs/Role',
    },
    project: {
      description: 'Service tokens with role project_admin only.',
      $ref: 'https://ff.dev/openapi.json#/$defs/Key',
    },
    expiresInDays: { type: 'integer', minimum: 1, maximum: 3650 },
  },
};
const schema35 = { type: 'string', enum: ['owner', 'admin', 'project_admin', 'developer', 'viewer'] };
const schema36 = {
  type: 'string',
  pattern: '^[a-z0-9][a-z0-9._-]{0,127}$',
  description: 'Lowercase letters, digits, `.`, `_`, `-`; starts with a letter or digit; at most 128.',
};
const pattern4 = new RegExp('^[a-z0-9][a-z0-9._-]{0,127}$', 'u');

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
    if (data.kind === undefined) {
      data.kind = 'personal';
    }
    if (data.name === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property '" + 'name' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'name' ||
        key0 === 'kind' ||
        key0 === 'role' ||
        key0 === 'project' ||
        key0 === 'expiresInDays'
      )) {
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
    if (data.name !== undefined) {
      let data0 = data.name;
      if (typeof data0 === 'string') {
        if (func1(data0) > 100) {
          const err2 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/properties/name/maxLength',
            keyword: 'maxLength',
            params: { limit: 100 },
            message: 'must NOT have more than 100 characters',
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
            instancePath: instancePath + '/name',
            schemaPath: '#/properties/name/minLength',
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
      } else {
        const err4 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
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
    let data1 = data.kind;
    if (typeof data1 !== 'string') {
      const err5 = {
        instancePath: instancePath + '/kind',
        schemaPath: '#/properties/kind/type',
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
    if (!(data1 === 'personal' || data1 === 'service')) {
      const err6 = {
        instancePath: instancePath + '/kind',
        schemaPath: '#/properties/kind/enum',
        keyword: 'enum',
        params: { allowedValues: schema33.properties.kind.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.role !== undefined) {
      let data2 = data.role;
      if (typeof data2 !== 'string') {
        const err7 = {
          instancePath: instancePath + '/role',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Role/type',
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
      if (!(
        data2 === 'owner' ||
        data2 === 'admin' ||
        data2 === 'project_admin' ||
        data2 === 'developer' ||
        data2 === 'viewer'
      )) {
        const err8 = {
          instancePath: instancePath + '/role',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Role/enum',
          keyword: 'enum',
          params: { allowedValues: schema35.enum },
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
    if (data.project !== undefined) {
      let data3 = data.project;
      if (typeof data3 === 'string') {
        if (!pattern4.test(data3)) {
          const err9 = {
            instancePath: instancePath + '/project',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/project',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.expiresInDays !== undefined) {
      let data4 = data.expiresInDays;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
        const err11 = {
          instancePath: instancePath + '/expiresInDays',
          schemaPath: '#/properties/expiresInDays/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data4 == 'number' && isFinite(data4)) {
        if (data4 > 3650 || isNaN(data4)) {
          const err12 = {
            instancePath: instancePath + '/expiresInDays',
            schemaPath: '#/properties/expiresInDays/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 3650 },
            message: 'must be <= 3650',
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data4 < 1 || isNaN(data4)) {
          const err13 = {
            instancePath: instancePath + '/expiresInDays',
            schemaPath: '#/properties/expiresInDays/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
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
  } else {
    const err14 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const revokeToken_params = validate24;
const schema37 = {
  type: 'object',
  properties: { tokenId: { type: 'string', format: 'uuid' } },
  required: ['tokenId'],
};
const formats2 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

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
    if (data.tokenId === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'tokenId' },
        message: "must have required property '" + 'tokenId' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tokenId !== undefined) {
      let data0 = data.tokenId;
      if (typeof data0 === 'string') {
        if (!formats2.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/tokenId',
            schemaPath: '#/properties/tokenId/format',
            keyword: 'format',
            params: { format: 'uuid' },
            message: 'must match format "' + 'uuid' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/tokenId',
          schemaPath: '#/properties/tokenId/type',
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
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { props: { tokenId: true }, dynamicProps: false, dynamicItems: false };

export const inviteMember_body = validate25;
const schema38 = {
  type: 'object',
  additionalProperties: false,
  required: ['email', 'role'],
  properties: {
    email: { type: 'string', format: 'email', maxLength: 320 },
    role: { $ref: 'https://ff.dev/openapi.json#/$defs/Role' },
    project: {
      description: 'Required for project_admin, forbidden otherwise.',
      $ref: 'https://ff.dev/openapi.json#/$defs/Key',
    },
  },
};

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
    if (data.email === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'email' },
        message: "must have required property '" + 'email' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.role === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'role' },
        message: "must have required property '" + 'role' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'email' || key0 === 'role' || key0 === 'project')) {
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
    if (data.email !== undefined) {
      let data0 = data.email;
      if (typeof data0 === 'string') {
        if (func1(data0) > 320) {
          const err3 = {
            instancePath: instancePath + '/email',
            schemaPath: '#/properties/email/maxLength',
            keyword: 'maxLength',
            params: { limit: 320 },
            message: 'must NOT have more than 320 characters',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!formats0.test(data0)) {
          const err4 = {
            instancePath: instancePath + '/email',
            schemaPath: '#/properties/email/format',
            keyword: 'format',
            params: { format: 'email' },
            message: 'must match format "' + 'email' + '"',
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
          instancePath: instancePath + '/email',
          schemaPath: '#/properties/email/type',
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
    if (data.role !== undefined) {
      let data1 = data.role;
      if (typeof data1 !== 'string') {
        const err6 = {
          instancePath: instancePath + '/role',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Role/type',
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
      if (!(
        data1 === 'owner' ||
        data1 === 'admin' ||
        data1 === 'project_admin' ||
        data1 === 'developer' ||
        data1 === 'viewer'
      )) {
        const err7 = {
          instancePath: instancePath + '/role',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Role/enum',
          keyword: 'enum',
          params: { allowedValues: schema35.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.project !== undefined) {
      let data2 = data.project;
      if (typeof data2 === 'string') {
        if (!pattern4.test(data2)) {
          const err8 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err9 = {
          instancePath: instancePath + '/project',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const updateMember_params = validate26;
const schema41 = {
  type: 'object',
  properties: { memberId: { type: 'string', format: 'uuid' } },
  required: ['memberId'],
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
    if (data.memberId === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'memberId' },
        message: "must have required property '" + 'memberId' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.memberId !== undefined) {
      let data0 = data.memberId;
      if (typeof data0 === 'string') {
        if (!formats2.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/memberId',
            schemaPath: '#/properties/memberId/format',
            keyword: 'format',
            params: { format: 'uuid' },
            message: 'must match format "' + 'uuid' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/memberId',
          schemaPath: '#/properties/memberId/type',
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
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { props: { memberId: true }, dynamicProps: false, dynamicItems: false };

export const updateMember_headers = validate27;
const schema42 = { type: 'object', properties: { 'if-match': { type: 'string', maxLength: 100 } } };

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
    if (data['if-match'] !== undefined) {
      let data0 = data['if-match'];
      if (typeof data0 === 'string') {
        if (func1(data0) > 100) {
          const err0 = {
            instancePath: instancePath + '/if-match',
            schemaPath: '#/properties/if-match/maxLength',
            keyword: 'maxLength',
            params: { limit: 100 },
            message: 'must NOT have more than 100 characters',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/if-match',
          schemaPath: '#/properties/if-match/type',
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
validate27.evaluated = { props: { 'if-match': true }, dynamicProps: false, dynamicItems: false };

export const updateMember_body = validate28;
const schema43 = {
  type: 'object',
  additionalProperties: false,
  required: ['role'],
  properties: {
    role: { $ref: 'https://ff.dev/openapi.json#/$defs/Role' },
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
};

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
    if (data.role === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'role' },
        message: "must have required property '" + 'role' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'role' || key0 === 'project')) {
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
    if (data.role !== undefined) {
      let data0 = data.role;
      if (typeof data0 !== 'string') {
        const err2 = {
          instancePath: instancePath + '/role',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Role/type',
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
      if (!(
        data0 === 'owner' ||
        data0 === 'admin' ||
        data0 === 'project_admin' ||
        data0 === 'developer' ||
        data0 === 'viewer'
      )) {
        const err3 = {
          instancePath: instancePath + '/role',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Role/enum',
          keyword: 'enum',
          params: { allowedValues: schema35.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.project !== undefined) {
      let data1 = data.project;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/project',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const removeMember_params = validate29;
const schema46 = {
  type: 'object',
  properties: { memberId: { type: 'string', format: 'uuid' } },
  required: ['memberId'],
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
    if (data.memberId === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'memberId' },
        message: "must have required property '" + 'memberId' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.memberId !== undefined) {
      let data0 = data.memberId;
      if (typeof data0 === 'string') {
        if (!formats2.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/memberId',
            schemaPath: '#/properties/memberId/format',
            keyword: 'format',
            params: { format: 'uuid' },
            message: 'must match format "' + 'uuid' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/memberId',
          schemaPath: '#/properties/memberId/type',
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
validate29.evaluated = { props: { memberId: true }, dynamicProps: false, dynamicItems: false };

export const createProject_body = validate30;
const schema47 = { $ref: 'https://ff.dev/openapi.json#/$defs/ProjectCreate' };
const schema48 = {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'name'],
  properties: {
    key: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    name: { $ref: 'https://ff.dev/openapi.json#/$defs/Name' },
    description: { $ref: 'https://ff.dev/openapi.json#/$defs/Description' },
    eventRetentionDays: { $ref: 'https://ff.dev/openapi.json#/$defs/EventRetentionDays' },
    environments: {
      description: 'Environments to create with the project (none by default).',
      type: 'array',
      maxItems: 20,
      items: { $ref: 'https://ff.dev/openapi.json#/$defs/EnvironmentCreate' },
    },
  },
};
const schema50 = { type: 'string', minLength: 1, maxLength: 200 };
const schema51 = { type: 'string', maxLength: 2000 };
const schema52 = {
  description:
    "How many days raw SDK events (tracked events and exposures, `sdk_events`) are kept in this project's\nenvironments; null for the server's default (`FF_EVENT_RETENTION_DAYS`, or forever without it).\nEvents a running or paused experiment still reads are kept regardless. Evaluation counts have their\nown retention (insights settings).\n",
  oneOf: [{ type: 'integer', minimum: 1, maximum: 3650 }, { type: 'null' }],
};
const schema53 = {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'name'],
  properties: {
    key: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    name: { $ref: 'https://ff.dev/openapi.json#/$defs/Name' },
    color: { $ref: 'https://ff.dev/openapi.json#/$defs/Color' },
    protected: { type: 'boolean', default: false },
    sortOrder: { type: 'integer', minimum: 0, maximum: 10000 },
  },
};
const schema56 = { type: 'string', pattern: '^#[0-9a-fA-F]{6}$' };
const pattern9 = new RegExp('^#[0-9a-fA-F]{6}$', 'u');

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
    if (data.protected === undefined) {
      data.protected = false;
    }
    if (data.key === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'key' },
        message: "must have required property '" + 'key' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property '" + 'name' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'key' ||
        key0 === 'name' ||
        key0 === 'color' ||
        key0 === 'protected' ||
        key0 === 'sortOrder'
      )) {
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
    if (data.key !== undefined) {
      let data0 = data.key;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/key',
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
      } else {
        const err4 = {
          instancePath: instancePath + '/key',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
    if (data.name !== undefined) {
      let data1 = data.name;
      if (typeof data1 === 'string') {
        if (func1(data1) > 200) {
          const err5 = {
            instancePath: instancePath + '/name',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Name/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
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
            instancePath: instancePath + '/name',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Name/minLength',
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
      } else {
        const err7 = {
          instancePath: instancePath + '/name',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Name/type',
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
    if (data.color !== undefined) {
      let data2 = data.color;
      if (typeof data2 === 'string') {
        if (!pattern9.test(data2)) {
          const err8 = {
            instancePath: instancePath + '/color',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Color/pattern',
            keyword: 'pattern',
            params: { pattern: '^#[0-9a-fA-F]{6}$' },
            message: 'must match pattern "' + '^#[0-9a-fA-F]{6}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/color',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Color/type',
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
    if (typeof data.protected !== 'boolean') {
      const err10 = {
        instancePath: instancePath + '/protected',
        schemaPath: '#/properties/protected/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.sortOrder !== undefined) {
      let data4 = data.sortOrder;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
        const err11 = {
          instancePath: instancePath + '/sortOrder',
          schemaPath: '#/properties/sortOrder/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data4 == 'number' && isFinite(data4)) {
        if (data4 > 10000 || isNaN(data4)) {
          const err12 = {
            instancePath: instancePath + '/sortOrder',
            schemaPath: '#/properties/sortOrder/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 10000 },
            message: 'must be <= 10000',
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data4 < 0 || isNaN(data4)) {
          const err13 = {
            instancePath: instancePath + '/sortOrder',
            schemaPath: '#/properties/sortOrder/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
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
  } else {
    const err14 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

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
    if (data.key === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'key' },
        message: "must have required property '" + 'key' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property '" + 'name' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'key' ||
        key0 === 'name' ||
        key0 === 'description' ||
        key0 === 'eventRetentionDays' ||
        key0 === 'environments'
      )) {
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
    if (data.key !== undefined) {
      let data0 = data.key;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/key',
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
      } else {
        const err4 = {
          instancePath: instancePath + '/key',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
    if (data.name !== undefined) {
      let data1 = data.name;
      if (typeof data1 === 'string') {
        if (func1(data1) > 200) {
          const err5 = {
            instancePath: instancePath + '/name',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Name/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
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
            instancePath: instancePath + '/name',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Name/minLength',
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
      } else {
        const err7 = {
          instancePath: instancePath + '/name',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Name/type',
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
    if (data.description !== undefined) {
      let data2 = data.description;
      if (typeof data2 === 'string') {
        if (func1(data2) > 2000) {
          const err8 = {
            instancePath: instancePath + '/description',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Description/maxLength',
            keyword: 'maxLength',
            params: { limit: 2000 },
            message: 'must NOT have more than 2000 characters',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/description',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Description/type',
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
    if (data.eventRetentionDays !== undefined) {
      let data3 = data.eventRetentionDays;
      const _errs13 = errors;
      let valid5 = false;
      let passing0 = null;
      const _errs14 = errors;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
        const err10 = {
          instancePath: instancePath + '/eventRetentionDays',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/EventRetentionDays/oneOf/0/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data3 == 'number' && isFinite(data3)) {
        if (data3 > 3650 || isNaN(data3)) {
          const err11 = {
            instancePath: instancePath + '/eventRetentionDays',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/EventRetentionDays/oneOf/0/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 3650 },
            message: 'must be <= 3650',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data3 < 1 || isNaN(data3)) {
          const err12 = {
            instancePath: instancePath + '/eventRetentionDays',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/EventRetentionDays/oneOf/0/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
      var _valid0 = _errs14 === errors;
      if (_valid0) {
        valid5 = true;
        passing0 = 0;
      }
      const _errs16 = errors;
      if (data3 !== null) {
        const err13 = {
          instancePath: instancePath + '/eventRetentionDays',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/EventRetentionDays/oneOf/1/type',
          keyword: 'type',
          params: { type: 'null' },
          message: 'must be null',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var _valid0 = _errs16 === errors;
      if (_valid0 && valid5) {
        valid5 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid5 = true;
          passing0 = 1;
        }
      }
      if (!valid5) {
        const err14 = {
          instancePath: instancePath + '/eventRetentionDays',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/EventRetentionDays/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing0 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      } else {
        errors = _errs13;
        if (vErrors !== null) {
          if (_errs13) {
            vErrors.length = _errs13;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.environments !== undefined) {
      let data4 = data.environments;
      if (Array.isArray(data4)) {
        if (data4.length > 20) {
          const err15 = {
            instancePath: instancePath + '/environments',
            schemaPath: '#/properties/environments/maxItems',
            keyword: 'maxItems',
            params: { limit: 20 },
            message: 'must NOT have more than 20 items',
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate32(data4[i0], {
              instancePath: instancePath + '/environments/' + i0,
              parentData: data4,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err16 = {
          instancePath: instancePath + '/environments',
          schemaPath: '#/properties/environments/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

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
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const getProject_params = validate35;
const schema57 = {
  type: 'object',
  properties: { project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' } },
  required: ['project'],
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
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/project',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/project',
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
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { props: { project: true }, dynamicProps: false, dynamicItems: false };

export const updateProject_params = validate36;
const schema59 = {
  type: 'object',
  properties: { project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' } },
  required: ['project'],
};

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
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/project',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/project',
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
  validate36.errors = vErrors;
  return errors === 0;
}
validate36.evaluated = { props: { project: true }, dynamicProps: false, dynamicItems: false };

export const updateProject_headers = validate37;
const schema61 = { type: 'object', properties: { 'if-match': { type: 'string', maxLength: 100 } } };

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
    if (data['if-match'] !== undefined) {
      let data0 = data['if-match'];
      if (typeof data0 === 'string') {
        if (func1(data0) > 100) {
          const err0 = {
            instancePath: instancePath + '/if-match',
            schemaPath: '#/properties/if-match/maxLength',
            keyword: 'maxLength',
            params: { limit: 100 },
            message: 'must NOT have more than 100 characters',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/if-match',
          schemaPath: '#/properties/if-match/type',
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
  validate37.errors = vErrors;
  return errors === 0;
}
validate37.evaluated = { props: { 'if-match': true }, dynamicProps: false, dynamicItems: false };

export const updateProject_body = validate38;
const schema62 = { $ref: 'https://ff.dev/openapi.json#/$defs/ProjectUpdate' };
const schema63 = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    name: { $ref: 'https://ff.dev/openapi.json#/$defs/Name' },
    description: { $ref: 'https://ff.dev/openapi.json#/$defs/Description' },
    eventRetentionDays: { $ref: 'https://ff.dev/openapi.json#/$defs/EventRetentionDays' },
  },
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
    if (Object.keys(data).length < 1) {
      const err0 = {
        instancePath,
        schemaPath: '#/minProperties',
        keyword: 'minProperties',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 properties',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'name' || key0 === 'description' || key0 === 'eventRetentionDays')) {
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
    if (data.name !== undefined) {
      let data0 = data.name;
      if (typeof data0 === 'string') {
        if (func1(data0) > 200) {
          const err2 = {
            instancePath: instancePath + '/name',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Name/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
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
            instancePath: instancePath + '/name',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Name/minLength',
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
      } else {
        const err4 = {
          instancePath: instancePath + '/name',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Name/type',
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
    if (data.description !== undefined) {
      let data1 = data.description;
      if (typeof data1 === 'string') {
        if (func1(data1) > 2000) {
          const err5 = {
            instancePath: instancePath + '/description',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Description/maxLength',
            keyword: 'maxLength',
            params: { limit: 2000 },
            message: 'must NOT have more than 2000 characters',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/description',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Description/type',
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
    if (data.eventRetentionDays !== undefined) {
      let data2 = data.eventRetentionDays;
      const _errs10 = errors;
      let valid4 = false;
      let passing0 = null;
      const _errs11 = errors;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
        const err7 = {
          instancePath: instancePath + '/eventRetentionDays',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/EventRetentionDays/oneOf/0/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data2 == 'number' && isFinite(data2)) {
        if (data2 > 3650 || isNaN(data2)) {
          const err8 = {
            instancePath: instancePath + '/eventRetentionDays',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/EventRetentionDays/oneOf/0/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 3650 },
            message: 'must be <= 3650',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data2 < 1 || isNaN(data2)) {
          const err9 = {
            instancePath: instancePath + '/eventRetentionDays',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/EventRetentionDays/oneOf/0/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      var _valid0 = _errs11 === errors;
      if (_valid0) {
        valid4 = true;
        passing0 = 0;
      }
      const _errs13 = errors;
      if (data2 !== null) {
        const err10 = {
          instancePath: instancePath + '/eventRetentionDays',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/EventRetentionDays/oneOf/1/type',
          keyword: 'type',
          params: { type: 'null' },
          message: 'must be null',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid0 = _errs13 === errors;
      if (_valid0 && valid4) {
        valid4 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid4 = true;
          passing0 = 1;
        }
      }
      if (!valid4) {
        const err11 = {
          instancePath: instancePath + '/eventRetentionDays',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/EventRetentionDays/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing0 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      } else {
        errors = _errs10;
        if (vErrors !== null) {
          if (_errs10) {
            vErrors.length = _errs10;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err12 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
validate39.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

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
  if (!validate39(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
    errors = vErrors.length;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
validate38.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const deleteProject_params = validate41;
const schema67 = {
  type: 'object',
  properties: { project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' } },
  required: ['project'],
};

function validate41(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate41.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/project',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/project',
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
  validate41.errors = vErrors;
  return errors === 0;
}
validate41.evaluated = { props: { project: true }, dynamicProps: false, dynamicItems: false };

export const deleteProject_headers = validate42;
const schema69 = { type: 'object', properties: { 'if-match': { type: 'string', maxLength: 100 } } };

function validate42(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate42.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data['if-match'] !== undefined) {
      let data0 = data['if-match'];
      if (typeof data0 === 'string') {
        if (func1(data0) > 100) {
          const err0 = {
            instancePath: instancePath + '/if-match',
            schemaPath: '#/properties/if-match/maxLength',
            keyword: 'maxLength',
            params: { limit: 100 },
            message: 'must NOT have more than 100 characters',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/if-match',
          schemaPath: '#/properties/if-match/type',
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
  validate42.errors = vErrors;
  return errors === 0;
}
validate42.evaluated = { props: { 'if-match': true }, dynamicProps: false, dynamicItems: false };

export const listEnvironments_params = validate43;
const schema70 = {
  type: 'object',
  properties: { project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' } },
  required: ['project'],
};

function validate43(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate43.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/project',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/project',
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
  validate43.errors = vErrors;
  return errors === 0;
}
validate43.evaluated = { props: { project: true }, dynamicProps: false, dynamicItems: false };

export const createEnvironment_params = validate44;
const schema72 = {
  type: 'object',
  properties: { project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' } },
  required: ['project'],
};

function validate44(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate44.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/project',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/project',
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
  validate44.errors = vErrors;
  return errors === 0;
}
validate44.evaluated = { props: { project: true }, dynamicProps: false, dynamicItems: false };

export const createEnvironment_body = validate45;
const schema74 = { $ref: 'https://ff.dev/openapi.json#/$defs/EnvironmentCreate' };

function validate46(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate46.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.protected === undefined) {
      data.protected = false;
    }
    if (data.key === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'key' },
        message: "must have required property '" + 'key' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property '" + 'name' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'key' ||
        key0 === 'name' ||
        key0 === 'color' ||
        key0 === 'protected' ||
        key0 === 'sortOrder'
      )) {
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
    if (data.key !== undefined) {
      let data0 = data.key;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/key',
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
      } else {
        const err4 = {
          instancePath: instancePath + '/key',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
    if (data.name !== undefined) {
      let data1 = data.name;
      if (typeof data1 === 'string') {
        if (func1(data1) > 200) {
          const err5 = {
            instancePath: instancePath + '/name',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Name/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
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
            instancePath: instancePath + '/name',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Name/minLength',
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
      } else {
        const err7 = {
          instancePath: instancePath + '/name',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Name/type',
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
    if (data.color !== undefined) {
      let data2 = data.color;
      if (typeof data2 === 'string') {
        if (!pattern9.test(data2)) {
          const err8 = {
            instancePath: instancePath + '/color',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Color/pattern',
            keyword: 'pattern',
            params: { pattern: '^#[0-9a-fA-F]{6}$' },
            message: 'must match pattern "' + '^#[0-9a-fA-F]{6}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/color',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Color/type',
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
    if (typeof data.protected !== 'boolean') {
      const err10 = {
        instancePath: instancePath + '/protected',
        schemaPath: '#/properties/protected/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.sortOrder !== undefined) {
      let data4 = data.sortOrder;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
        const err11 = {
          instancePath: instancePath + '/sortOrder',
          schemaPath: '#/properties/sortOrder/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data4 == 'number' && isFinite(data4)) {
        if (data4 > 10000 || isNaN(data4)) {
          const err12 = {
            instancePath: instancePath + '/sortOrder',
            schemaPath: '#/properties/sortOrder/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 10000 },
            message: 'must be <= 10000',
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data4 < 0 || isNaN(data4)) {
          const err13 = {
            instancePath: instancePath + '/sortOrder',
            schemaPath: '#/properties/sortOrder/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
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
  } else {
    const err14 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate46.errors = vErrors;
  return errors === 0;
}
validate46.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate45(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate45.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate46(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
    errors = vErrors.length;
  }
  validate45.errors = vErrors;
  return errors === 0;
}
validate45.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const getEnvironment_params = validate48;
const schema79 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    env: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'env'],
};

function validate48(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate48.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.env === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'env' },
        message: "must have required property '" + 'env' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.env !== undefined) {
      let data1 = data.env;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/env',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/env',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate48.errors = vErrors;
  return errors === 0;
}
validate48.evaluated = { props: { project: true, env: true }, dynamicProps: false, dynamicItems: false };

export const updateEnvironment_params = validate49;
const schema82 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    env: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'env'],
};

function validate49(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate49.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.env === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'env' },
        message: "must have required property '" + 'env' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.env !== undefined) {
      let data1 = data.env;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/env',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/env',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate49.errors = vErrors;
  return errors === 0;
}
validate49.evaluated = { props: { project: true, env: true }, dynamicProps: false, dynamicItems: false };

export const updateEnvironment_headers = validate50;
const schema85 = { type: 'object', properties: { 'if-match': { type: 'string', maxLength: 100 } } };

function validate50(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate50.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data['if-match'] !== undefined) {
      let data0 = data['if-match'];
      if (typeof data0 === 'string') {
        if (func1(data0) > 100) {
          const err0 = {
            instancePath: instancePath + '/if-match',
            schemaPath: '#/properties/if-match/maxLength',
            keyword: 'maxLength',
            params: { limit: 100 },
            message: 'must NOT have more than 100 characters',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/if-match',
          schemaPath: '#/properties/if-match/type',
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
  validate50.errors = vErrors;
  return errors === 0;
}
validate50.evaluated = { props: { 'if-match': true }, dynamicProps: false, dynamicItems: false };

export const updateEnvironment_body = validate51;
const schema86 = { $ref: 'https://ff.dev/openapi.json#/$defs/EnvironmentUpdate' };
const schema87 = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    name: { $ref: 'https://ff.dev/openapi.json#/$defs/Name' },
    color: { $ref: 'https://ff.dev/openapi.json#/$defs/Color' },
    protected: { type: 'boolean' },
    sortOrder: { type: 'integer', minimum: 0, maximum: 10000 },
    allowedOrigins: {
      description: "Browser origins allowed to use this environment's client keys; null removes the list.",
      oneOf: [{ $ref: 'https://ff.dev/openapi.json#/$defs/AllowedOrigins' }, { type: 'null' }],
    },
  },
};
const schema90 = {
  type: 'array',
  maxItems: 100,
  uniqueItems: true,
  items: {
    type: 'string',
    maxLength: 255,
    description: 'An origin, scheme://host[:port], without path or trailing slash.',
    pattern: '^https?://[^/?#\\s]+$',
  },
};
const pattern22 = new RegExp('^https?://[^/?#\\s]+$', 'u');

function validate52(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate52.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = {
        instancePath,
        schemaPath: '#/minProperties',
        keyword: 'minProperties',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 properties',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'name' ||
        key0 === 'color' ||
        key0 === 'protected' ||
        key0 === 'sortOrder' ||
        key0 === 'allowedOrigins'
      )) {
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
    if (data.name !== undefined) {
      let data0 = data.name;
      if (typeof data0 === 'string') {
        if (func1(data0) > 200) {
          const err2 = {
            instancePath: instancePath + '/name',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Name/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
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
            instancePath: instancePath + '/name',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Name/minLength',
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
      } else {
        const err4 = {
          instancePath: instancePath + '/name',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Name/type',
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
    if (data.color !== undefined) {
      let data1 = data.color;
      if (typeof data1 === 'string') {
        if (!pattern9.test(data1)) {
          const err5 = {
            instancePath: instancePath + '/color',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Color/pattern',
            keyword: 'pattern',
            params: { pattern: '^#[0-9a-fA-F]{6}$' },
            message: 'must match pattern "' + '^#[0-9a-fA-F]{6}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/color',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Color/type',
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
    if (data.protected !== undefined) {
      if (typeof data.protected !== 'boolean') {
        const err7 = {
          instancePath: instancePath + '/protected',
          schemaPath: '#/properties/protected/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.sortOrder !== undefined) {
      let data3 = data.sortOrder;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
        const err8 = {
          instancePath: instancePath + '/sortOrder',
          schemaPath: '#/properties/sortOrder/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data3 == 'number' && isFinite(data3)) {
        if (data3 > 10000 || isNaN(data3)) {
          const err9 = {
            instancePath: instancePath + '/sortOrder',
            schemaPath: '#/properties/sortOrder/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 10000 },
            message: 'must be <= 10000',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data3 < 0 || isNaN(data3)) {
          const err10 = {
            instancePath: instancePath + '/sortOrder',
            schemaPath: '#/properties/sortOrder/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.allowedOrigins !== undefined) {
      let data4 = data.allowedOrigins;
      const _errs13 = errors;
      let valid3 = false;
      let passing0 = null;
      const _errs14 = errors;
      if (Array.isArray(data4)) {
        if (data4.length > 100) {
          const err11 = {
            instancePath: instancePath + '/allowedOrigins',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/AllowedOrigins/maxItems',
            keyword: 'maxItems',
            params: { limit: 100 },
            message: 'must NOT have more than 100 items',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 === 'string') {
            if (func1(data5) > 255) {
              const err12 = {
                instancePath: instancePath + '/allowedOrigins/' + i0,
                schemaPath: 'https://ff.dev/openapi.json#/$defs/AllowedOrigins/items/maxLength',
                keyword: 'maxLength',
                params: { limit: 255 },
                message: 'must NOT have more than 255 characters',
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (!pattern22.test(data5)) {
              const err13 = {
                instancePath: instancePath + '/allowedOrigins/' + i0,
                schemaPath: 'https://ff.dev/openapi.json#/$defs/AllowedOrigins/items/pattern',
                keyword: 'pattern',
                params: { pattern: '^https?://[^/?#\\s]+$' },
                message: 'must match pattern "' + '^https?://[^/?#\\s]+$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = {
              instancePath: instancePath + '/allowedOrigins/' + i0,
              schemaPath: 'https://ff.dev/openapi.json#/$defs/AllowedOrigins/items/type',
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
        let i1 = data4.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--;) {
            let item0 = data4[i1];
            if (typeof item0 !== 'string') {
              continue;
            }
            if (typeof indices0[item0] == 'number') {
              j0 = indices0[item0];
              const err15 = {
                instancePath: instancePath + '/allowedOrigins',
                schemaPath: 'https://ff.dev/openapi.json#/$defs/AllowedOrigins/uniqueItems',
                keyword: 'uniqueItems',
                params: { i: i1, j: j0 },
                message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err16 = {
          instancePath: instancePath + '/allowedOrigins',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/AllowedOrigins/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      var _valid0 = _errs14 === errors;
      if (_valid0) {
        valid3 = true;
        passing0 = 0;
      }
      const _errs19 = errors;
      if (data4 !== null) {
        const err17 = {
          instancePath: instancePath + '/allowedOrigins',
          schemaPath: '#/properties/allowedOrigins/oneOf/1/type',
          keyword: 'type',
          params: { type: 'null' },
          message: 'must be null',
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      var _valid0 = _errs19 === errors;
      if (_valid0 && valid3) {
        valid3 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid3 = true;
          passing0 = 1;
        }
      }
      if (!valid3) {
        const err18 = {
          instancePath: instancePath + '/allowedOrigins',
          schemaPath: '#/properties/allowedOrigins/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing0 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      } else {
        errors = _errs13;
        if (vErrors !== null) {
          if (_errs13) {
            vErrors.length = _errs13;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err19 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
validate52.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate51(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate51.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate52(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
    errors = vErrors.length;
  }
  validate51.errors = vErrors;
  return errors === 0;
}
validate51.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const deleteEnvironment_params = validate54;
const schema91 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    env: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'env'],
};

function validate54(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate54.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.env === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'env' },
        message: "must have required property '" + 'env' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.env !== undefined) {
      let data1 = data.env;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/env',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/env',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate54.errors = vErrors;
  return errors === 0;
}
validate54.evaluated = { props: { project: true, env: true }, dynamicProps: false, dynamicItems: false };

export const deleteEnvironment_headers = validate55;
const schema94 = { type: 'object', properties: { 'if-match': { type: 'string', maxLength: 100 } } };

function validate55(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate55.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data['if-match'] !== undefined) {
      let data0 = data['if-match'];
      if (typeof data0 === 'string') {
        if (func1(data0) > 100) {
          const err0 = {
            instancePath: instancePath + '/if-match',
            schemaPath: '#/properties/if-match/maxLength',
            keyword: 'maxLength',
            params: { limit: 100 },
            message: 'must NOT have more than 100 characters',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/if-match',
          schemaPath: '#/properties/if-match/type',
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
  validate55.errors = vErrors;
  return errors === 0;
}
validate55.evaluated = { props: { 'if-match': true }, dynamicProps: false, dynamicItems: false };

export const cloneEnvironment_params = validate56;
const schema95 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    env: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'env'],
};

function validate56(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate56.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.env === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'env' },
        message: "must have required property '" + 'env' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.env !== undefined) {
      let data1 = data.env;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/env',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/env',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate56.errors = vErrors;
  return errors === 0;
}
validate56.evaluated = { props: { project: true, env: true }, dynamicProps: false, dynamicItems: false };

export const cloneEnvironment_body = validate57;
const schema98 = { $ref: 'https://ff.dev/openapi.json#/$defs/EnvironmentCreate' };

function validate58(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate58.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.protected === undefined) {
      data.protected = false;
    }
    if (data.key === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'key' },
        message: "must have required property '" + 'key' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property '" + 'name' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'key' ||
        key0 === 'name' ||
        key0 === 'color' ||
        key0 === 'protected' ||
        key0 === 'sortOrder'
      )) {
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
    if (data.key !== undefined) {
      let data0 = data.key;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/key',
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
      } else {
        const err4 = {
          instancePath: instancePath + '/key',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
    if (data.name !== undefined) {
      let data1 = data.name;
      if (typeof data1 === 'string') {
        if (func1(data1) > 200) {
          const err5 = {
            instancePath: instancePath + '/name',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Name/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
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
            instancePath: instancePath + '/name',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Name/minLength',
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
      } else {
        const err7 = {
          instancePath: instancePath + '/name',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Name/type',
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
    if (data.color !== undefined) {
      let data2 = data.color;
      if (typeof data2 === 'string') {
        if (!pattern9.test(data2)) {
          const err8 = {
            instancePath: instancePath + '/color',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Color/pattern',
            keyword: 'pattern',
            params: { pattern: '^#[0-9a-fA-F]{6}$' },
            message: 'must match pattern "' + '^#[0-9a-fA-F]{6}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/color',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Color/type',
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
    if (typeof data.protected !== 'boolean') {
      const err10 = {
        instancePath: instancePath + '/protected',
        schemaPath: '#/properties/protected/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.sortOrder !== undefined) {
      let data4 = data.sortOrder;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
        const err11 = {
          instancePath: instancePath + '/sortOrder',
          schemaPath: '#/properties/sortOrder/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data4 == 'number' && isFinite(data4)) {
        if (data4 > 10000 || isNaN(data4)) {
          const err12 = {
            instancePath: instancePath + '/sortOrder',
            schemaPath: '#/properties/sortOrder/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 10000 },
            message: 'must be <= 10000',
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data4 < 0 || isNaN(data4)) {
          const err13 = {
            instancePath: instancePath + '/sortOrder',
            schemaPath: '#/properties/sortOrder/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
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
  } else {
    const err14 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate58.errors = vErrors;
  return errors === 0;
}
validate58.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate57(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate57.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate58(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
    errors = vErrors.length;
  }
  validate57.errors = vErrors;
  return errors === 0;
}
validate57.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const compareEnvironments_params = validate60;
const schema103 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    env: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'env'],
};

function validate60(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate60.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.env === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'env' },
        message: "must have required property '" + 'env' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.env !== undefined) {
      let data1 = data.env;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/env',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/env',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate60.errors = vErrors;
  return errors === 0;
}
validate60.evaluated = { props: { project: true, env: true }, dynamicProps: false, dynamicItems: false };

export const getEnvironmentRuleset_params = validate61;
const schema106 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    env: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'env'],
};

function validate61(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate61.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.env === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'env' },
        message: "must have required property '" + 'env' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.env !== undefined) {
      let data1 = data.env;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/env',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/env',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate61.errors = vErrors;
  return errors === 0;
}
validate61.evaluated = { props: { project: true, env: true }, dynamicProps: false, dynamicItems: false };

export const getEnvironmentRuleset_headers = validate62;
const schema109 = { type: 'object', properties: { 'if-none-match': { type: 'string', maxLength: 200 } } };

function validate62(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate62.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data['if-none-match'] !== undefined) {
      let data0 = data['if-none-match'];
      if (typeof data0 === 'string') {
        if (func1(data0) > 200) {
          const err0 = {
            instancePath: instancePath + '/if-none-match',
            schemaPath: '#/properties/if-none-match/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/if-none-match',
          schemaPath: '#/properties/if-none-match/type',
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
  validate62.errors = vErrors;
  return errors === 0;
}
validate62.evaluated = { props: { 'if-none-match': true }, dynamicProps: false, dynamicItems: false };

export const listSdkKeys_params = validate63;
const schema110 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    env: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'env'],
};

function validate63(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate63.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.env === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'env' },
        message: "must have required property '" + 'env' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.env !== undefined) {
      let data1 = data.env;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/env',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/env',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate63.errors = vErrors;
  return errors === 0;
}
validate63.evaluated = { props: { project: true, env: true }, dynamicProps: false, dynamicItems: false };

export const createSdkKey_params = validate64;
const schema113 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    env: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'env'],
};

function validate64(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate64.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.env === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'env' },
        message: "must have required property '" + 'env' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.env !== undefined) {
      let data1 = data.env;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/env',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/env',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate64.errors = vErrors;
  return errors === 0;
}
validate64.evaluated = { props: { project: true, env: true }, dynamicProps: false, dynamicItems: false };

export const createSdkKey_body = validate65;
const schema116 = {
  type: 'object',
  additionalProperties: false,
  required: ['kind'],
  properties: {
    kind: { type: 'string', enum: ['server', 'client'] },
    name: { type: 'string', minLength: 1, maxLength: 100 },
  },
};

function validate65(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate65.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.kind === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'kind' },
        message: "must have required property '" + 'kind' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'kind' || key0 === 'name')) {
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
    if (data.kind !== undefined) {
      let data0 = data.kind;
      if (typeof data0 !== 'string') {
        const err2 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/type',
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
      if (!(data0 === 'server' || data0 === 'client')) {
        const err3 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/enum',
          keyword: 'enum',
          params: { allowedValues: schema116.properties.kind.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      let data1 = data.name;
      if (typeof data1 === 'string') {
        if (func1(data1) > 100) {
          const err4 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/properties/name/maxLength',
            keyword: 'maxLength',
            params: { limit: 100 },
            message: 'must NOT have more than 100 characters',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err5 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/properties/name/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
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
  validate65.errors = vErrors;
  return errors === 0;
}
validate65.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const revokeSdkKey_params = validate66;
const schema117 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    env: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    keyId: { type: 'string', format: 'uuid' },
  },
  required: ['project', 'env', 'keyId'],
};

function validate66(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate66.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.env === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'env' },
        message: "must have required property '" + 'env' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.keyId === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'keyId' },
        message: "must have required property '" + 'keyId' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err4 = {
          instancePath: instancePath + '/project',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
    if (data.env !== undefined) {
      let data1 = data.env;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err5 = {
            instancePath: instancePath + '/env',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/env',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
    if (data.keyId !== undefined) {
      let data2 = data.keyId;
      if (typeof data2 === 'string') {
        if (!formats2.test(data2)) {
          const err7 = {
            instancePath: instancePath + '/keyId',
            schemaPath: '#/properties/keyId/format',
            keyword: 'format',
            params: { format: 'uuid' },
            message: 'must match format "' + 'uuid' + '"',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/keyId',
          schemaPath: '#/properties/keyId/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
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
  validate66.errors = vErrors;
  return errors === 0;
}
validate66.evaluated = {
  props: { project: true, env: true, keyId: true },
  dynamicProps: false,
  dynamicItems: false,
};

export const rotateSdkKey_params = validate67;
const schema120 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    env: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    keyId: { type: 'string', format: 'uuid' },
  },
  required: ['project', 'env', 'keyId'],
};

function validate67(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate67.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.env === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'env' },
        message: "must have required property '" + 'env' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.keyId === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'keyId' },
        message: "must have required property '" + 'keyId' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err4 = {
          instancePath: instancePath + '/project',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
    if (data.env !== undefined) {
      let data1 = data.env;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err5 = {
            instancePath: instancePath + '/env',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/env',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
    if (data.keyId !== undefined) {
      let data2 = data.keyId;
      if (typeof data2 === 'string') {
        if (!formats2.test(data2)) {
          const err7 = {
            instancePath: instancePath + '/keyId',
            schemaPath: '#/properties/keyId/format',
            keyword: 'format',
            params: { format: 'uuid' },
            message: 'must match format "' + 'uuid' + '"',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/keyId',
          schemaPath: '#/properties/keyId/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
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
  validate67.errors = vErrors;
  return errors === 0;
}
validate67.evaluated = {
  props: { project: true, env: true, keyId: true },
  dynamicProps: false,
  dynamicItems: false,
};

export const rotateSdkKey_body = validate68;
const schema123 = {
  type: 'object',
  additionalProperties: false,
  properties: { overlapSeconds: { type: 'integer', minimum: 0, maximum: 604800, default: 3600 } },
};

function validate68(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate68.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.overlapSeconds === undefined) {
      data.overlapSeconds = 3600;
    }
    for (const key0 in data) {
      if (!(key0 === 'overlapSeconds')) {
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
    let data0 = data.overlapSeconds;
    if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
      const err1 = {
        instancePath: instancePath + '/overlapSeconds',
        schemaPath: '#/properties/overlapSeconds/type',
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
    if (typeof data0 == 'number' && isFinite(data0)) {
      if (data0 > 604800 || isNaN(data0)) {
        const err2 = {
          instancePath: instancePath + '/overlapSeconds',
          schemaPath: '#/properties/overlapSeconds/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 604800 },
          message: 'must be <= 604800',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data0 < 0 || isNaN(data0)) {
        const err3 = {
          instancePath: instancePath + '/overlapSeconds',
          schemaPath: '#/properties/overlapSeconds/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 0 },
          message: 'must be >= 0',
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
  validate68.errors = vErrors;
  return errors === 0;
}
validate68.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const listFlags_params = validate69;
const schema124 = {
  type: 'object',
  properties: { project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' } },
  required: ['project'],
};

function validate69(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate69.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/project',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/project',
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
  validate69.errors = vErrors;
  return errors === 0;
}
validate69.evaluated = { props: { project: true }, dynamicProps: false, dynamicItems: false };

export const createFlag_params = validate70;
const schema126 = {
  type: 'object',
  properties: { project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' } },
  required: ['project'],
};

function validate70(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate70.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/project',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/project',
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
  validate70.errors = vErrors;
  return errors === 0;
}
validate70.evaluated = { props: { project: true }, dynamicProps: false, dynamicItems: false };

export const createFlag_body = validate71;
const schema128 = { $ref: 'https://ff.dev/openapi.json#/$defs/FlagCreate' };
const schema129 = {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'name', 'kind'],
  properties: {
    key: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    name: { $ref: 'https://ff.dev/openapi.json#/$defs/Name' },
    description: { $ref: 'https://ff.dev/openapi.json#/$defs/Description' },
    kind: { $ref: 'https://ff.dev/openapi.json#/$defs/FlagKind' },
    variations: {
      description: 'Required unless kind is boolean (which defaults to `on` true, `off` false).',
      type: 'array',
      minItems: 1,
      maxItems: 100,
      items: { $ref: 'https://ff.dev/openapi.json#/$defs/Variation' },
    },
    tags: { $ref: 'https://ff.dev/openapi.json#/$defs/Tags' },
    owner: { type: 'string', maxLength: 320 },
    temporary: { type: 'boolean', default: true },
    clientSide: { type: 'boolean', default: false },
    defaults: {
      description:
        'What new configurations serve when on (fallthrough) and off. Default off = last variation, on = first.',
      type: 'object',
      additionalProperties: false,
      properties: {
        onVariation: { type: 'integer', minimum: 0 },
        offVariation: { type: 'integer', minimum: 0 },
      },
    },
  },
};
const schema133 = { type: 'string', enum: ['boolean', 'string', 'number', 'json'] };
const schema136 = {
  type: 'array',
  maxItems: 50,
  uniqueItems: true,
  items: { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9][A-Za-z0-9._:/-]*$' },
};
const func38 = Object.prototype.hasOwnProperty;
const pattern44 = new RegExp('^[A-Za-z0-9][A-Za-z0-9._:/-]*$', 'u');
const schema134 = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'value'],
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 128 },
    value: { $ref: 'https://ff.dev/openapi.json#/$defs/Json' },
    description: { type: 'string', maxLength: 1000 },
  },
};
const schema135 = { description: 'Any JSON value.' };

function validate73(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate73.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.name === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property '" + 'name' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.value === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'value' },
        message: "must have required property '" + 'value' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'name' || key0 === 'value' || key0 === 'description')) {
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
    if (data.name !== undefined) {
      let data0 = data.name;
      if (typeof data0 === 'string') {
        if (func1(data0) > 128) {
          const err3 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/properties/name/maxLength',
            keyword: 'maxLength',
            params: { limit: 128 },
            message: 'must NOT have more than 128 characters',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err4 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/properties/name/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
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
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
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
    if (data.description !== undefined) {
      let data2 = data.description;
      if (typeof data2 === 'string') {
        if (func1(data2) > 1000) {
          const err6 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/properties/description/maxLength',
            keyword: 'maxLength',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 characters',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
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
  validate73.errors = vErrors;
  return errors === 0;
}
validate73.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate72(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate72.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.temporary === undefined) {
      data.temporary = true;
    }
    if (data.clientSide === undefined) {
      data.clientSide = false;
    }
    if (data.key === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'key' },
        message: "must have required property '" + 'key' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property '" + 'name' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.kind === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'kind' },
        message: "must have required property '" + 'kind' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func38.call(schema129.properties, key0)) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.key !== undefined) {
      let data0 = data.key;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err4 = {
            instancePath: instancePath + '/key',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/key',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
    if (data.name !== undefined) {
      let data1 = data.name;
      if (typeof data1 === 'string') {
        if (func1(data1) > 200) {
          const err6 = {
            instancePath: instancePath + '/name',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Name/maxLength',
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
        if (func1(data1) < 1) {
          const err7 = {
            instancePath: instancePath + '/name',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Name/minLength',
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
      } else {
        const err8 = {
          instancePath: instancePath + '/name',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      let data2 = data.description;
      if (typeof data2 === 'string') {
        if (func1(data2) > 2000) {
          const err9 = {
            instancePath: instancePath + '/description',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Description/maxLength',
            keyword: 'maxLength',
            params: { limit: 2000 },
            message: 'must NOT have more than 2000 characters',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/description',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.kind !== undefined) {
      let data3 = data.kind;
      if (typeof data3 !== 'string') {
        const err11 = {
          instancePath: instancePath + '/kind',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/FlagKind/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (!(data3 === 'boolean' || data3 === 'string' || data3 === 'number' || data3 === 'json')) {
        const err12 = {
          instancePath: instancePath + '/kind',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/FlagKind/enum',
          keyword: 'enum',
          params: { allowedValues: schema133.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.variations !== undefined) {
      let data4 = data.variations;
      if (Array.isArray(data4)) {
        if (data4.length > 100) {
          const err13 = {
            instancePath: instancePath + '/variations',
            schemaPath: '#/properties/variations/maxItems',
            keyword: 'maxItems',
            params: { limit: 100 },
            message: 'must NOT have more than 100 items',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data4.length < 1) {
          const err14 = {
            instancePath: instancePath + '/variations',
            schemaPath: '#/properties/variations/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate73(data4[i0], {
              instancePath: instancePath + '/variations/' + i0,
              parentData: data4,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err15 = {
          instancePath: instancePath + '/variations',
          schemaPath: '#/properties/variations/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.tags !== undefined) {
      let data6 = data.tags;
      if (Array.isArray(data6)) {
        if (data6.length > 50) {
          const err16 = {
            instancePath: instancePath + '/tags',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Tags/maxItems',
            keyword: 'maxItems',
            params: { limit: 50 },
            message: 'must NOT have more than 50 items',
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data7 = data6[i1];
          if (typeof data7 === 'string') {
            if (func1(data7) > 64) {
              const err17 = {
                instancePath: instancePath + '/tags/' + i1,
                schemaPath: 'https://ff.dev/openapi.json#/$defs/Tags/items/maxLength',
                keyword: 'maxLength',
                params: { limit: 64 },
                message: 'must NOT have more than 64 characters',
              };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (func1(data7) < 1) {
              const err18 = {
                instancePath: instancePath + '/tags/' + i1,
                schemaPath: 'https://ff.dev/openapi.json#/$defs/Tags/items/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (!pattern44.test(data7)) {
              const err19 = {
                instancePath: instancePath + '/tags/' + i1,
                schemaPath: 'https://ff.dev/openapi.json#/$defs/Tags/items/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Za-z0-9][A-Za-z0-9._:/-]*$' },
                message: 'must match pattern "' + '^[A-Za-z0-9][A-Za-z0-9._:/-]*$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = {
              instancePath: instancePath + '/tags/' + i1,
              schemaPath: 'https://ff.dev/openapi.json#/$defs/Tags/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        let i2 = data6.length;
        let j0;
        if (i2 > 1) {
          const indices0 = {};
          for (; i2--;) {
            let item0 = data6[i2];
            if (typeof item0 !== 'string') {
              continue;
            }
            if (typeof indices0[item0] == 'number') {
              j0 = indices0[item0];
              const err21 = {
                instancePath: instancePath + '/tags',
                schemaPath: 'https://ff.dev/openapi.json#/$defs/Tags/uniqueItems',
                keyword: 'uniqueItems',
                params: { i: i2, j: j0 },
                message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i2 + ' are identical)',
              };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
              break;
            }
            indices0[item0] = i2;
          }
        }
      } else {
        const err22 = {
          instancePath: instancePath + '/tags',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Tags/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.owner !== undefined) {
      let data8 = data.owner;
      if (typeof data8 === 'string') {
        if (func1(data8) > 320) {
          const err23 = {
            instancePath: instancePath + '/owner',
            schemaPath: '#/properties/owner/maxLength',
            keyword: 'maxLength',
            params: { limit: 320 },
            message: 'must NOT have more than 320 characters',
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = {
          instancePath: instancePath + '/owner',
          schemaPath: '#/properties/owner/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (typeof data.temporary !== 'boolean') {
      const err25 = {
        instancePath: instancePath + '/temporary',
        schemaPath: '#/properties/temporary/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err25];
      } else {
        vErrors.push(err25);
      }
      errors++;
    }
    if (typeof data.clientSide !== 'boolean') {
      const err26 = {
        instancePath: instancePath + '/clientSide',
        schemaPath: '#/properties/clientSide/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err26];
      } else {
        vErrors.push(err26);
      }
      errors++;
    }
    if (data.defaults !== undefined) {
      let data11 = data.defaults;
      if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
        for (const key1 in data11) {
          if (!(key1 === 'onVariation' || key1 === 'offVariation')) {
            const err27 = {
              instancePath: instancePath + '/defaults',
              schemaPath: '#/properties/defaults/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data11.onVariation !== undefined) {
          let data12 = data11.onVariation;
          if (!(typeof data12 == 'number' && !(data12 % 1) && !isNaN(data12) && isFinite(data12))) {
            const err28 = {
              instancePath: instancePath + '/defaults/onVariation',
              schemaPath: '#/properties/defaults/properties/onVariation/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          if (typeof data12 == 'number' && isFinite(data12)) {
            if (data12 < 0 || isNaN(data12)) {
              const err29 = {
                instancePath: instancePath + '/defaults/onVariation',
                schemaPath: '#/properties/defaults/properties/onVariation/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
              };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          }
        }
        if (data11.offVariation !== undefined) {
          let data13 = data11.offVariation;
          if (!(typeof data13 == 'number' && !(data13 % 1) && !isNaN(data13) && isFinite(data13))) {
            const err30 = {
              instancePath: instancePath + '/defaults/offVariation',
              schemaPath: '#/properties/defaults/properties/offVariation/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
          if (typeof data13 == 'number' && isFinite(data13)) {
            if (data13 < 0 || isNaN(data13)) {
              const err31 = {
                instancePath: instancePath + '/defaults/offVariation',
                schemaPath: '#/properties/defaults/properties/offVariation/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
              };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          }
        }
      } else {
        const err32 = {
          instancePath: instancePath + '/defaults',
          schemaPath: '#/properties/defaults/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
  } else {
    const err33 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate72.errors = vErrors;
  return errors === 0;
}
validate72.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate71(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate71.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate72(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
    errors = vErrors.length;
  }
  validate71.errors = vErrors;
  return errors === 0;
}
validate71.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const getFlag_params = validate76;
const schema137 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    flag: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'flag'],
};

function validate76(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate76.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.flag === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'flag' },
        message: "must have required property '" + 'flag' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.flag !== undefined) {
      let data1 = data.flag;
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
      } else {
        const err5 = {
          instancePath: instancePath + '/flag',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate76.errors = vErrors;
  return errors === 0;
}
validate76.evaluated = { props: { project: true, flag: true }, dynamicProps: false, dynamicItems: false };

export const updateFlag_params = validate77;
const schema140 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    flag: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'flag'],
};

function validate77(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate77.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.flag === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'flag' },
        message: "must have required property '" + 'flag' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.flag !== undefined) {
      let data1 = data.flag;
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
      } else {
        const err5 = {
          instancePath: instancePath + '/flag',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate77.errors = vErrors;
  return errors === 0;
}
validate77.evaluated = { props: { project: true, flag: true }, dynamicProps: false, dynamicItems: false };

export const updateFlag_headers = validate78;
const schema143 = { type: 'object', properties: { 'if-match': { type: 'string', maxLength: 100 } } };

function validate78(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate78.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data['if-match'] !== undefined) {
      let data0 = data['if-match'];
      if (typeof data0 === 'string') {
        if (func1(data0) > 100) {
          const err0 = {
            instancePath: instancePath + '/if-match',
            schemaPath: '#/properties/if-match/maxLength',
            keyword: 'maxLength',
            params: { limit: 100 },
            message: 'must NOT have more than 100 characters',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/if-match',
          schemaPath: '#/properties/if-match/type',
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
  validate78.errors = vErrors;
  return errors === 0;
}
validate78.evaluated = { props: { 'if-match': true }, dynamicProps: false, dynamicItems: false };

export const updateFlag_body = validate79;
const schema144 = { $ref: 'https://ff.dev/openapi.json#/$defs/FlagUpdate' };
const schema145 = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    name: { $ref: 'https://ff.dev/openapi.json#/$defs/Name' },
    description: { $ref: 'https://ff.dev/openapi.json#/$defs/Description' },
    variations: {
      type: 'array',
      minItems: 1,
      maxItems: 100,
      items: { $ref: 'https://ff.dev/openapi.json#/$defs/Variation' },
    },
    tags: { $ref: 'https://ff.dev/openapi.json#/$defs/Tags' },
    owner: { oneOf: [{ type: 'string', maxLength: 320 }, { type: 'null' }] },
    temporary: { type: 'boolean' },
    clientSide: { type: 'boolean' },
    comment: { $ref: 'https://ff.dev/openapi.json#/$defs/Comment' },
  },
};
const schema149 = { type: 'string', maxLength: 1000, description: 'Recorded in the audit entry.' };

function validate80(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate80.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = {
        instancePath,
        schemaPath: '#/minProperties',
        keyword: 'minProperties',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 properties',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'name' ||
        key0 === 'description' ||
        key0 === 'variations' ||
        key0 === 'tags' ||
        key0 === 'owner' ||
        key0 === 'temporary' ||
        key0 === 'clientSide' ||
        key0 === 'comment'
      )) {
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
    if (data.name !== undefined) {
      let data0 = data.name;
      if (typeof data0 === 'string') {
        if (func1(data0) > 200) {
          const err2 = {
            instancePath: instancePath + '/name',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Name/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
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
            instancePath: instancePath + '/name',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Name/minLength',
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
      } else {
        const err4 = {
          instancePath: instancePath + '/name',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Name/type',
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
    if (data.description !== undefined) {
      let data1 = data.description;
      if (typeof data1 === 'string') {
        if (func1(data1) > 2000) {
          const err5 = {
            instancePath: instancePath + '/description',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Description/maxLength',
            keyword: 'maxLength',
            params: { limit: 2000 },
            message: 'must NOT have more than 2000 characters',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/description',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Description/type',
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
    if (data.variations !== undefined) {
      let data2 = data.variations;
      if (Array.isArray(data2)) {
        if (data2.length > 100) {
          const err7 = {
            instancePath: instancePath + '/variations',
            schemaPath: '#/properties/variations/maxItems',
            keyword: 'maxItems',
            params: { limit: 100 },
            message: 'must NOT have more than 100 items',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data2.length < 1) {
          const err8 = {
            instancePath: instancePath + '/variations',
            schemaPath: '#/properties/variations/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate73(data2[i0], {
              instancePath: instancePath + '/variations/' + i0,
              parentData: data2,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/variations',
          schemaPath: '#/properties/variations/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.tags !== undefined) {
      let data4 = data.tags;
      if (Array.isArray(data4)) {
        if (data4.length > 50) {
          const err10 = {
            instancePath: instancePath + '/tags',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Tags/maxItems',
            keyword: 'maxItems',
            params: { limit: 50 },
            message: 'must NOT have more than 50 items',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data5 = data4[i1];
          if (typeof data5 === 'string') {
            if (func1(data5) > 64) {
              const err11 = {
                instancePath: instancePath + '/tags/' + i1,
                schemaPath: 'https://ff.dev/openapi.json#/$defs/Tags/items/maxLength',
                keyword: 'maxLength',
                params: { limit: 64 },
                message: 'must NOT have more than 64 characters',
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (func1(data5) < 1) {
              const err12 = {
                instancePath: instancePath + '/tags/' + i1,
                schemaPath: 'https://ff.dev/openapi.json#/$defs/Tags/items/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (!pattern44.test(data5)) {
              const err13 = {
                instancePath: instancePath + '/tags/' + i1,
                schemaPath: 'https://ff.dev/openapi.json#/$defs/Tags/items/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Za-z0-9][A-Za-z0-9._:/-]*$' },
                message: 'must match pattern "' + '^[A-Za-z0-9][A-Za-z0-9._:/-]*$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = {
              instancePath: instancePath + '/tags/' + i1,
              schemaPath: 'https://ff.dev/openapi.json#/$defs/Tags/items/type',
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
        let i2 = data4.length;
        let j0;
        if (i2 > 1) {
          const indices0 = {};
          for (; i2--;) {
            let item0 = data4[i2];
            if (typeof item0 !== 'string') {
              continue;
            }
            if (typeof indices0[item0] == 'number') {
              j0 = indices0[item0];
              const err15 = {
                instancePath: instancePath + '/tags',
                schemaPath: 'https://ff.dev/openapi.json#/$defs/Tags/uniqueItems',
                keyword: 'uniqueItems',
                params: { i: i2, j: j0 },
                message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i2 + ' are identical)',
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
              break;
            }
            indices0[item0] = i2;
          }
        }
      } else {
        const err16 = {
          instancePath: instancePath + '/tags',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Tags/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.owner !== undefined) {
      let data6 = data.owner;
      const _errs17 = errors;
      let valid9 = false;
      let passing0 = null;
      const _errs18 = errors;
      if (typeof data6 === 'string') {
        if (func1(data6) > 320) {
          const err17 = {
            instancePath: instancePath + '/owner',
            schemaPath: '#/properties/owner/oneOf/0/maxLength',
            keyword: 'maxLength',
            params: { limit: 320 },
            message: 'must NOT have more than 320 characters',
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = {
          instancePath: instancePath + '/owner',
          schemaPath: '#/properties/owner/oneOf/0/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var _valid0 = _errs18 === errors;
      if (_valid0) {
        valid9 = true;
        passing0 = 0;
      }
      const _errs20 = errors;
      if (data6 !== null) {
        const err19 = {
          instancePath: instancePath + '/owner',
          schemaPath: '#/properties/owner/oneOf/1/type',
          keyword: 'type',
          params: { type: 'null' },
          message: 'must be null',
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      var _valid0 = _errs20 === errors;
      if (_valid0 && valid9) {
        valid9 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid9 = true;
          passing0 = 1;
        }
      }
      if (!valid9) {
        const err20 = {
          instancePath: instancePath + '/owner',
          schemaPath: '#/properties/owner/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing0 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      } else {
        errors = _errs17;
        if (vErrors !== null) {
          if (_errs17) {
            vErrors.length = _errs17;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.temporary !== undefined) {
      if (typeof data.temporary !== 'boolean') {
        const err21 = {
          instancePath: instancePath + '/temporary',
          schemaPath: '#/properties/temporary/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.clientSide !== undefined) {
      if (typeof data.clientSide !== 'boolean') {
        const err22 = {
          instancePath: instancePath + '/clientSide',
          schemaPath: '#/properties/clientSide/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.comment !== undefined) {
      let data9 = data.comment;
      if (typeof data9 === 'string') {
        if (func1(data9) > 1000) {
          const err23 = {
            instancePath: instancePath + '/comment',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Comment/maxLength',
            keyword: 'maxLength',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 characters',
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = {
          instancePath: instancePath + '/comment',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Comment/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
  } else {
    const err25 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate80.errors = vErrors;
  return errors === 0;
}
validate80.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate79(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate79.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate80(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
    errors = vErrors.length;
  }
  validate79.errors = vErrors;
  return errors === 0;
}
validate79.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const deleteFlag_params = validate83;
const schema150 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    flag: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'flag'],
};

function validate83(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate83.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.flag === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'flag' },
        message: "must have required property '" + 'flag' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.flag !== undefined) {
      let data1 = data.flag;
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
      } else {
        const err5 = {
          instancePath: instancePath + '/flag',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate83.errors = vErrors;
  return errors === 0;
}
validate83.evaluated = { props: { project: true, flag: true }, dynamicProps: false, dynamicItems: false };

export const deleteFlag_headers = validate84;
const schema153 = { type: 'object', properties: { 'if-match': { type: 'string', maxLength: 100 } } };

function validate84(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate84.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data['if-match'] !== undefined) {
      let data0 = data['if-match'];
      if (typeof data0 === 'string') {
        if (func1(data0) > 100) {
          const err0 = {
            instancePath: instancePath + '/if-match',
            schemaPath: '#/properties/if-match/maxLength',
            keyword: 'maxLength',
            params: { limit: 100 },
            message: 'must NOT have more than 100 characters',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/if-match',
          schemaPath: '#/properties/if-match/type',
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
  validate84.errors = vErrors;
  return errors === 0;
}
validate84.evaluated = { props: { 'if-match': true }, dynamicProps: false, dynamicItems: false };

export const archiveFlag_params = validate85;
const schema154 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    flag: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'flag'],
};

function validate85(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate85.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.flag === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'flag' },
        message: "must have required property '" + 'flag' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.flag !== undefined) {
      let data1 = data.flag;
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
      } else {
        const err5 = {
          instancePath: instancePath + '/flag',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate85.errors = vErrors;
  return errors === 0;
}
validate85.evaluated = { props: { project: true, flag: true }, dynamicProps: false, dynamicItems: false };

export const archiveFlag_headers = validate86;
const schema157 = { type: 'object', properties: { 'if-match': { type: 'string', maxLength: 100 } } };

function validate86(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate86.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data['if-match'] !== undefined) {
      let data0 = data['if-match'];
      if (typeof data0 === 'string') {
        if (func1(data0) > 100) {
          const err0 = {
            instancePath: instancePath + '/if-match',
            schemaPath: '#/properties/if-match/maxLength',
            keyword: 'maxLength',
            params: { limit: 100 },
            message: 'must NOT have more than 100 characters',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/if-match',
          schemaPath: '#/properties/if-match/type',
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
  validate86.errors = vErrors;
  return errors === 0;
}
validate86.evaluated = { props: { 'if-match': true }, dynamicProps: false, dynamicItems: false };

export const unarchiveFlag_params = validate87;
const schema158 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    flag: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'flag'],
};

function validate87(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate87.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.flag === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'flag' },
        message: "must have required property '" + 'flag' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.flag !== undefined) {
      let data1 = data.flag;
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
      } else {
        const err5 = {
          instancePath: instancePath + '/flag',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate87.errors = vErrors;
  return errors === 0;
}
validate87.evaluated = { props: { project: true, flag: true }, dynamicProps: false, dynamicItems: false };

export const unarchiveFlag_headers = validate88;
const schema161 = { type: 'object', properties: { 'if-match': { type: 'string', maxLength: 100 } } };

function validate88(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate88.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data['if-match'] !== undefined) {
      let data0 = data['if-match'];
      if (typeof data0 === 'string') {
        if (func1(data0) > 100) {
          const err0 = {
            instancePath: instancePath + '/if-match',
            schemaPath: '#/properties/if-match/maxLength',
            keyword: 'maxLength',
            params: { limit: 100 },
            message: 'must NOT have more than 100 characters',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/if-match',
          schemaPath: '#/properties/if-match/type',
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
  validate88.errors = vErrors;
  return errors === 0;
}
validate88.evaluated = { props: { 'if-match': true }, dynamicProps: false, dynamicItems: false };

export const copyFlagConfig_params = validate89;
const schema162 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    flag: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'flag'],
};

function validate89(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate89.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.flag === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'flag' },
        message: "must have required property '" + 'flag' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.flag !== undefined) {
      let data1 = data.flag;
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
      } else {
        const err5 = {
          instancePath: instancePath + '/flag',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate89.errors = vErrors;
  return errors === 0;
}
validate89.evaluated = { props: { project: true, flag: true }, dynamicProps: false, dynamicItems: false };

export const copyFlagConfig_headers = validate90;
const schema165 = { type: 'object', properties: { 'if-match': { type: 'string', maxLength: 100 } } };

function validate90(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate90.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data['if-match'] !== undefined) {
      let data0 = data['if-match'];
      if (typeof data0 === 'string') {
        if (func1(data0) > 100) {
          const err0 = {
            instancePath: instancePath + '/if-match',
            schemaPath: '#/properties/if-match/maxLength',
            keyword: 'maxLength',
            params: { limit: 100 },
            message: 'must NOT have more than 100 characters',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/if-match',
          schemaPath: '#/properties/if-match/type',
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
  validate90.errors = vErrors;
  return errors === 0;
}
validate90.evaluated = { props: { 'if-match': true }, dynamicProps: false, dynamicItems: false };

export const copyFlagConfig_body = validate91;
const schema166 = {
  type: 'object',
  additionalProperties: false,
  required: ['from', 'to'],
  properties: {
    from: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    to: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    comment: { $ref: 'https://ff.dev/openapi.json#/$defs/Comment' },
  },
};

function validate91(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate91.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.from === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'from' },
        message: "must have required property '" + 'from' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.to === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'to' },
        message: "must have required property '" + 'to' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'from' || key0 === 'to' || key0 === 'comment')) {
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
    if (data.from !== undefined) {
      let data0 = data.from;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/from',
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
      } else {
        const err4 = {
          instancePath: instancePath + '/from',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
    if (data.to !== undefined) {
      let data1 = data.to;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err5 = {
            instancePath: instancePath + '/to',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/to',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
    if (data.comment !== undefined) {
      let data2 = data.comment;
      if (typeof data2 === 'string') {
        if (func1(data2) > 1000) {
          const err7 = {
            instancePath: instancePath + '/comment',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Comment/maxLength',
            keyword: 'maxLength',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 characters',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/comment',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Comment/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
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
  validate91.errors = vErrors;
  return errors === 0;
}
validate91.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const getFlagConfig_params = validate92;
const schema170 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    flag: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    env: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'flag', 'env'],
};

function validate92(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate92.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.flag === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'flag' },
        message: "must have required property '" + 'flag' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.env === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'env' },
        message: "must have required property '" + 'env' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err4 = {
          instancePath: instancePath + '/project',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
    if (data.flag !== undefined) {
      let data1 = data.flag;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err5 = {
            instancePath: instancePath + '/flag',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/flag',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
    if (data.env !== undefined) {
      let data2 = data.env;
      if (typeof data2 === 'string') {
        if (!pattern4.test(data2)) {
          const err7 = {
            instancePath: instancePath + '/env',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/env',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
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
  validate92.errors = vErrors;
  return errors === 0;
}
validate92.evaluated = {
  props: { project: true, flag: true, env: true },
  dynamicProps: false,
  dynamicItems: false,
};

export const replaceFlagConfig_params = validate93;
const schema174 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    flag: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    env: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'flag', 'env'],
};

function validate93(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate93.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.flag === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'flag' },
        message: "must have required property '" + 'flag' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.env === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'env' },
        message: "must have required property '" + 'env' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err4 = {
          instancePath: instancePath + '/project',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
    if (data.flag !== undefined) {
      let data1 = data.flag;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err5 = {
            instancePath: instancePath + '/flag',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/flag',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
    if (data.env !== undefined) {
      let data2 = data.env;
      if (typeof data2 === 'string') {
        if (!pattern4.test(data2)) {
          const err7 = {
            instancePath: instancePath + '/env',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/env',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
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
  validate93.errors = vErrors;
  return errors === 0;
}
validate93.evaluated = {
  props: { project: true, flag: true, env: true },
  dynamicProps: false,
  dynamicItems: false,
};

export const replaceFlagConfig_headers = validate94;
const schema178 = { type: 'object', properties: { 'if-match': { type: 'string', maxLength: 100 } } };

function validate94(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate94.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data['if-match'] !== undefined) {
      let data0 = data['if-match'];
      if (typeof data0 === 'string') {
        if (func1(data0) > 100) {
          const err0 = {
            instancePath: instancePath + '/if-match',
            schemaPath: '#/properties/if-match/maxLength',
            keyword: 'maxLength',
            params: { limit: 100 },
            message: 'must NOT have more than 100 characters',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/if-match',
          schemaPath: '#/properties/if-match/type',
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
  validate94.errors = vErrors;
  return errors === 0;
}
validate94.evaluated = { props: { 'if-match': true }, dynamicProps: false, dynamicItems: false };

export const replaceFlagConfig_body = validate95;
const schema179 = { $ref: 'https://ff.dev/openapi.json#/$defs/FlagConfig' };
const schema180 = {
  description:
    "A flag's targeting in one environment; variations are referenced by index. As a `PUT` body it may\nbe a `FlagEnvironment` exactly as `GET` returned it: the read-only fields (`flag`, `environment`,\n`version`, `updatedAt`) are accepted when they agree with the request and ignored, and refused\n(422, rule `read-only-fields`) when they contradict it.\n",
  type: 'object',
  additionalProperties: false,
  required: ['on', 'offVariation', 'fallthrough'],
  properties: {
    flag: {
      description: 'Read-only, as GET returns it; when sent, the flag the URL names.',
      allOf: [{ $ref: 'https://ff.dev/openapi.json#/$defs/Key' }],
    },
    environment: {
      description: 'Read-only, as GET returns it; when sent, the environment the URL names.',
      allOf: [{ $ref: 'https://ff.dev/openapi.json#/$defs/Key' }],
    },
    version: {
      description: 'Read-only, as GET returns it; when sent, the version `If-Match` names.',
      allOf: [{ $ref: 'https://ff.dev/openapi.json#/$defs/Version' }],
    },
    updatedAt: {
      description: 'Read-only, as GET returns it; ignored.',
      allOf: [{ $ref: 'https://ff.dev/openapi.json#/$defs/Timestamp' }],
    },
    on: { type: 'boolean' },
    offVariation: { type: 'integer', minimum: 0 },
    prerequisites: {
      type: 'array',
      maxItems: 50,
      items: { $ref: 'https://ff.dev/openapi.json#/$defs/Prerequisite' },
    },
    targets: { type: 'array', maxItems: 100, items: { $ref: 'https://ff.dev/openapi.json#/$defs/Target' } },
    rules: { type: 'array', maxItems: 500, items: { $ref: 'https://ff.dev/openapi.json#/$defs/Rule' } },
    fallthrough: { $ref: 'https://ff.dev/openapi.json#/$defs/Serve' },
    comment: { $ref: 'https://ff.dev/openapi.json#/$defs/Comment' },
  },
};
const schema183 = { type: 'integer', minimum: 1 };
const schema184 = { type: 'string', format: 'date-time' };
const schema187 = {
  type: 'object',
  additionalProperties: false,
  required: ['variation', 'values'],
  properties: {
    variation: { type: 'integer', minimum: 0 },
    values: { type: 'array', maxItems: 10000, items: { type: 'string', minLength: 1, maxLength: 512 } },
  },
};
const formats14 = require('ajv-formats/dist/formats').fullFormats['date-time'];
const schema185 = {
  type: 'object',
  additionalProperties: false,
  required: ['flag', 'variation'],
  properties: {
    flag: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    variation: { type: 'integer', minimum: 0 },
  },
};

function validate97(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate97.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.flag === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'flag' },
        message: "must have required property '" + 'flag' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.variation === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'variation' },
        message: "must have required property '" + 'variation' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'flag' || key0 === 'variation')) {
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
    if (data.flag !== undefined) {
      let data0 = data.flag;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/flag',
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
      } else {
        const err4 = {
          instancePath: instancePath + '/flag',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
    if (data.variation !== undefined) {
      let data1 = data.variation;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err5 = {
          instancePath: instancePath + '/variation',
          schemaPath: '#/properties/variation/type',
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
      if (typeof data1 == 'number' && isFinite(data1)) {
        if (data1 < 0 || isNaN(data1)) {
          const err6 = {
            instancePath: instancePath + '/variation',
            schemaPath: '#/properties/variation/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
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
  validate97.errors = vErrors;
  return errors === 0;
}
validate97.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

const schema188 = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'clauses', 'serve'],
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 128 },
    description: { type: 'string', maxLength: 1000 },
    clauses: { type: 'array', maxItems: 100, items: { $ref: 'https://ff.dev/openapi.json#/$defs/Clause' } },
    serve: { $ref: 'https://ff.dev/openapi.json#/$defs/Serve' },
  },
};
const schema189 = {
  type: 'object',
  additionalProperties: false,
  required: ['attribute', 'op', 'values'],
  properties: {
    attribute: { type: 'string', minLength: 1, maxLength: 200 },
    op: {
      type: 'string',
      enum: [
        'in',
        'notIn',
        'contains',
        'startsWith',
        'endsWith',
        'matches',
        'lt',
        'lte',
        'gt',
        'gte',
        'before',
        'after',
        'semverEq',
        'semverLt',
        'semverGt',
        'segmentMatch',
      ],
    },
    values: {
      type: 'array',
      minItems: 1,
      maxItems: 10000,
      items: { $ref: 'https://ff.dev/openapi.json#/$defs/Json' },
    },
    negate: { type: 'boolean' },
  },
};

function validate100(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate100.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.attribute === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'attribute' },
        message: "must have required property '" + 'attribute' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.op === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'op' },
        message: "must have required property '" + 'op' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.values === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'values' },
        message: "must have required property '" + 'values' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'attribute' || key0 === 'op' || key0 === 'values' || key0 === 'negate')) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.attribute !== undefined) {
      let data0 = data.attribute;
      if (typeof data0 === 'string') {
        if (func1(data0) > 200) {
          const err4 = {
            instancePath: instancePath + '/attribute',
            schemaPath: '#/properties/attribute/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err5 = {
            instancePath: instancePath + '/attribute',
            schemaPath: '#/properties/attribute/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/attribute',
          schemaPath: '#/properties/attribute/type',
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
    if (data.op !== undefined) {
      let data1 = data.op;
      if (typeof data1 !== 'string') {
        const err7 = {
          instancePath: instancePath + '/op',
          schemaPath: '#/properties/op/type',
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
      if (!(
        data1 === 'in' ||
        data1 === 'notIn' ||
        data1 === 'contains' ||
        data1 === 'startsWith' ||
        data1 === 'endsWith' ||
        data1 === 'matches' ||
        data1 === 'lt' ||
        data1 === 'lte' ||
        data1 === 'gt' ||
        data1 === 'gte' ||
        data1 === 'before' ||
        data1 === 'after' ||
        data1 === 'semverEq' ||
        data1 === 'semverLt' ||
        data1 === 'semverGt' ||
        data1 === 'segmentMatch'
      )) {
        const err8 = {
          instancePath: instancePath + '/op',
          schemaPath: '#/properties/op/enum',
          keyword: 'enum',
          params: { allowedValues: schema189.properties.op.enum },
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
    if (data.values !== undefined) {
      let data2 = data.values;
      if (Array.isArray(data2)) {
        if (data2.length > 10000) {
          const err9 = {
            instancePath: instancePath + '/values',
            schemaPath: '#/properties/values/maxItems',
            keyword: 'maxItems',
            params: { limit: 10000 },
            message: 'must NOT have more than 10000 items',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data2.length < 1) {
          const err10 = {
            instancePath: instancePath + '/values',
            schemaPath: '#/properties/values/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/values',
          schemaPath: '#/properties/values/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.negate !== undefined) {
      if (typeof data.negate !== 'boolean') {
        const err12 = {
          instancePath: instancePath + '/negate',
          schemaPath: '#/properties/negate/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate100.errors = vErrors;
  return errors === 0;
}
validate100.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

const schema191 = {
  oneOf: [
    {
      type: 'object',
      additionalProperties: false,
      required: ['variation'],
      properties: { variation: { type: 'integer', minimum: 0 } },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['rollout'],
      properties: { rollout: { $ref: 'https://ff.dev/openapi.json#/$defs/Rollout' } },
    },
  ],
};
const schema192 = {
  type: 'object',
  additionalProperties: false,
  required: ['weights'],
  properties: {
    bucketBy: { type: 'string', minLength: 1, maxLength: 200, default: 'key' },
    salt: { type: 'string', minLength: 1, maxLength: 200 },
    weights: {
      description: 'Thousandths of a percent; they sum to 100000.',
      type: 'array',
      minItems: 1,
      maxItems: 100,
      items: { $ref: 'https://ff.dev/openapi.json#/$defs/WeightedVariation' },
    },
  },
};
const schema193 = {
  type: 'object',
  additionalProperties: false,
  required: ['variation', 'weight'],
  properties: {
    variation: { type: 'integer', minimum: 0 },
    weight: { type: 'integer', minimum: 0, maximum: 100000 },
  },
};

function validate103(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate103.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.bucketBy === undefined) {
      data.bucketBy = 'key';
    }
    if (data.weights === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'weights' },
        message: "must have required property '" + 'weights' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'bucketBy' || key0 === 'salt' || key0 === 'weights')) {
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
    let data0 = data.bucketBy;
    if (typeof data0 === 'string') {
      if (func1(data0) > 200) {
        const err2 = {
          instancePath: instancePath + '/bucketBy',
          schemaPath: '#/properties/bucketBy/maxLength',
          keyword: 'maxLength',
          params: { limit: 200 },
          message: 'must NOT have more than 200 characters',
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
          instancePath: instancePath + '/bucketBy',
          schemaPath: '#/properties/bucketBy/minLength',
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
    } else {
      const err4 = {
        instancePath: instancePath + '/bucketBy',
        schemaPath: '#/properties/bucketBy/type',
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
    if (data.salt !== undefined) {
      let data1 = data.salt;
      if (typeof data1 === 'string') {
        if (func1(data1) > 200) {
          const err5 = {
            instancePath: instancePath + '/salt',
            schemaPath: '#/properties/salt/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
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
            instancePath: instancePath + '/salt',
            schemaPath: '#/properties/salt/minLength',
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
      } else {
        const err7 = {
          instancePath: instancePath + '/salt',
          schemaPath: '#/properties/salt/type',
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
    if (data.weights !== undefined) {
      let data2 = data.weights;
      if (Array.isArray(data2)) {
        if (data2.length > 100) {
          const err8 = {
            instancePath: instancePath + '/weights',
            schemaPath: '#/properties/weights/maxItems',
            keyword: 'maxItems',
            params: { limit: 100 },
            message: 'must NOT have more than 100 items',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data2.length < 1) {
          const err9 = {
            instancePath: instancePath + '/weights',
            schemaPath: '#/properties/weights/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
            if (data3.variation === undefined) {
              const err10 = {
                instancePath: instancePath + '/weights/' + i0,
                schemaPath: 'https://ff.dev/openapi.json#/$defs/WeightedVariation/required',
                keyword: 'required',
                params: { missingProperty: 'variation' },
                message: "must have required property '" + 'variation' + "'",
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data3.weight === undefined) {
              const err11 = {
                instancePath: instancePath + '/weights/' + i0,
                schemaPath: 'https://ff.dev/openapi.json#/$defs/WeightedVariation/required',
                keyword: 'required',
                params: { missingProperty: 'weight' },
                message: "must have required property '" + 'weight' + "'",
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            for (const key1 in data3) {
              if (!(key1 === 'variation' || key1 === 'weight')) {
                const err12 = {
                  instancePath: instancePath + '/weights/' + i0,
                  schemaPath: 'https://ff.dev/openapi.json#/$defs/WeightedVariation/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key1 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data3.variation !== undefined) {
              let data4 = data3.variation;
              if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
                const err13 = {
                  instancePath: instancePath + '/weights/' + i0 + '/variation',
                  schemaPath:
                    'https://ff.dev/openapi.json#/$defs/WeightedVariation/properties/variation/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
              if (typeof data4 == 'number' && isFinite(data4)) {
                if (data4 < 0 || isNaN(data4)) {
                  const err14 = {
                    instancePath: instancePath + '/weights/' + i0 + '/variation',
                    schemaPath:
                      'https://ff.dev/openapi.json#/$defs/WeightedVariation/properties/variation/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
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
            if (data3.weight !== undefined) {
              let data5 = data3.weight;
              if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
                const err15 = {
                  instancePath: instancePath + '/weights/' + i0 + '/weight',
                  schemaPath: 'https://ff.dev/openapi.json#/$defs/WeightedVariation/properties/weight/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
              if (typeof data5 == 'number' && isFinite(data5)) {
                if (data5 > 100000 || isNaN(data5)) {
                  const err16 = {
                    instancePath: instancePath + '/weights/' + i0 + '/weight',
                    schemaPath:
                      'https://ff.dev/openapi.json#/$defs/WeightedVariation/properties/weight/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 100000 },
                    message: 'must be <= 100000',
                  };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
                if (data5 < 0 || isNaN(data5)) {
                  const err17 = {
                    instancePath: instancePath + '/weights/' + i0 + '/weight',
                    schemaPath:
                      'https://ff.dev/openapi.json#/$defs/WeightedVariation/properties/weight/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                  };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err18 = {
              instancePath: instancePath + '/weights/' + i0,
              schemaPath: 'https://ff.dev/openapi.json#/$defs/WeightedVariation/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = {
          instancePath: instancePath + '/weights',
          schemaPath: '#/properties/weights/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate103.errors = vErrors;
  return errors === 0;
}
validate103.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate102(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate102.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.variation === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/oneOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'variation' },
        message: "must have required property '" + 'variation' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'variation')) {
        const err1 = {
          instancePath,
          schemaPath: '#/oneOf/0/additionalProperties',
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
    if (data.variation !== undefined) {
      let data0 = data.variation;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err2 = {
          instancePath: instancePath + '/variation',
          schemaPath: '#/oneOf/0/properties/variation/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data0 == 'number' && isFinite(data0)) {
        if (data0 < 0 || isNaN(data0)) {
          const err3 = {
            instancePath: instancePath + '/variation',
            schemaPath: '#/oneOf/0/properties/variation/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
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
      schemaPath: '#/oneOf/0/type',
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
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = true;
  }
  const _errs6 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.rollout === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/oneOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'rollout' },
        message: "must have required property '" + 'rollout' + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key1 in data) {
      if (!(key1 === 'rollout')) {
        const err6 = {
          instancePath,
          schemaPath: '#/oneOf/1/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key1 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.rollout !== undefined) {
      if (
        !validate103(data.rollout, {
          instancePath: instancePath + '/rollout',
          parentData: data,
          parentDataProperty: 'rollout',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: '#/oneOf/1/type',
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
  var _valid0 = _errs6 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      if (props0 !== true) {
        props0 = true;
      }
    }
  }
  if (!valid0) {
    const err8 = {
      instancePath,
      schemaPath: '#/oneOf',
      keyword: 'oneOf',
      params: { passingSchemas: passing0 },
      message: 'must match exactly one schema in oneOf',
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate102.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate102.evaluated = { dynamicProps: true, dynamicItems: false };

function validate99(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate99.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
        message: "must have required property '" + 'id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.clauses === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'clauses' },
        message: "must have required property '" + 'clauses' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.serve === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'serve' },
        message: "must have required property '" + 'serve' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'id' || key0 === 'description' || key0 === 'clauses' || key0 === 'serve')) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === 'string') {
        if (func1(data0) > 128) {
          const err4 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/properties/id/maxLength',
            keyword: 'maxLength',
            params: { limit: 128 },
            message: 'must NOT have more than 128 characters',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err5 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/properties/id/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
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
    if (data.description !== undefined) {
      let data1 = data.description;
      if (typeof data1 === 'string') {
        if (func1(data1) > 1000) {
          const err7 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/properties/description/maxLength',
            keyword: 'maxLength',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 characters',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.clauses !== undefined) {
      let data2 = data.clauses;
      if (Array.isArray(data2)) {
        if (data2.length > 100) {
          const err9 = {
            instancePath: instancePath + '/clauses',
            schemaPath: '#/properties/clauses/maxItems',
            keyword: 'maxItems',
            params: { limit: 100 },
            message: 'must NOT have more than 100 items',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate100(data2[i0], {
              instancePath: instancePath + '/clauses/' + i0,
              parentData: data2,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/clauses',
          schemaPath: '#/properties/clauses/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.serve !== undefined) {
      if (
        !validate102(data.serve, {
          instancePath: instancePath + '/serve',
          parentData: data,
          parentDataProperty: 'serve',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err11 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate99.errors = vErrors;
  return errors === 0;
}
validate99.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate96(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate96.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.on === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'on' },
        message: "must have required property '" + 'on' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.offVariation === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'offVariation' },
        message: "must have required property '" + 'offVariation' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.fallthrough === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'fallthrough' },
        message: "must have required property '" + 'fallthrough' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func38.call(schema180.properties, key0)) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.flag !== undefined) {
      let data0 = data.flag;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
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
      } else {
        const err5 = {
          instancePath: instancePath + '/flag',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
    if (data.environment !== undefined) {
      let data1 = data.environment;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err6 = {
            instancePath: instancePath + '/environment',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
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
    if (data.version !== undefined) {
      let data2 = data.version;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
        const err8 = {
          instancePath: instancePath + '/version',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Version/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data2 == 'number' && isFinite(data2)) {
        if (data2 < 1 || isNaN(data2)) {
          const err9 = {
            instancePath: instancePath + '/version',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Version/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.updatedAt !== undefined) {
      let data3 = data.updatedAt;
      if (typeof data3 === 'string') {
        if (!formats14.validate(data3)) {
          const err10 = {
            instancePath: instancePath + '/updatedAt',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Timestamp/format',
            keyword: 'format',
            params: { format: 'date-time' },
            message: 'must match format "' + 'date-time' + '"',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/updatedAt',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Timestamp/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.on !== undefined) {
      if (typeof data.on !== 'boolean') {
        const err12 = {
          instancePath: instancePath + '/on',
          schemaPath: '#/properties/on/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.offVariation !== undefined) {
      let data5 = data.offVariation;
      if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
        const err13 = {
          instancePath: instancePath + '/offVariation',
          schemaPath: '#/properties/offVariation/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data5 == 'number' && isFinite(data5)) {
        if (data5 < 0 || isNaN(data5)) {
          const err14 = {
            instancePath: instancePath + '/offVariation',
            schemaPath: '#/properties/offVariation/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
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
    if (data.prerequisites !== undefined) {
      let data6 = data.prerequisites;
      if (Array.isArray(data6)) {
        if (data6.length > 50) {
          const err15 = {
            instancePath: instancePath + '/prerequisites',
            schemaPath: '#/properties/prerequisites/maxItems',
            keyword: 'maxItems',
            params: { limit: 50 },
            message: 'must NOT have more than 50 items',
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate97(data6[i0], {
              instancePath: instancePath + '/prerequisites/' + i0,
              parentData: data6,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err16 = {
          instancePath: instancePath + '/prerequisites',
          schemaPath: '#/properties/prerequisites/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.targets !== undefined) {
      let data8 = data.targets;
      if (Array.isArray(data8)) {
        if (data8.length > 100) {
          const err17 = {
            instancePath: instancePath + '/targets',
            schemaPath: '#/properties/targets/maxItems',
            keyword: 'maxItems',
            params: { limit: 100 },
            message: 'must NOT have more than 100 items',
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data9 = data8[i1];
          if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
            if (data9.variation === undefined) {
              const err18 = {
                instancePath: instancePath + '/targets/' + i1,
                schemaPath: 'https://ff.dev/openapi.json#/$defs/Target/required',
                keyword: 'required',
                params: { missingProperty: 'variation' },
                message: "must have required property '" + 'variation' + "'",
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data9.values === undefined) {
              const err19 = {
                instancePath: instancePath + '/targets/' + i1,
                schemaPath: 'https://ff.dev/openapi.json#/$defs/Target/required',
                keyword: 'required',
                params: { missingProperty: 'values' },
                message: "must have required property '" + 'values' + "'",
              };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            for (const key1 in data9) {
              if (!(key1 === 'variation' || key1 === 'values')) {
                const err20 = {
                  instancePath: instancePath + '/targets/' + i1,
                  schemaPath: 'https://ff.dev/openapi.json#/$defs/Target/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key1 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data9.variation !== undefined) {
              let data10 = data9.variation;
              if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
                const err21 = {
                  instancePath: instancePath + '/targets/' + i1 + '/variation',
                  schemaPath: 'https://ff.dev/openapi.json#/$defs/Target/properties/variation/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
              if (typeof data10 == 'number' && isFinite(data10)) {
                if (data10 < 0 || isNaN(data10)) {
                  const err22 = {
                    instancePath: instancePath + '/targets/' + i1 + '/variation',
                    schemaPath: 'https://ff.dev/openapi.json#/$defs/Target/properties/variation/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                  };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              }
            }
            if (data9.values !== undefined) {
              let data11 = data9.values;
              if (Array.isArray(data11)) {
                if (data11.length > 10000) {
                  const err23 = {
                    instancePath: instancePath + '/targets/' + i1 + '/values',
                    schemaPath: 'https://ff.dev/openapi.json#/$defs/Target/properties/values/maxItems',
                    keyword: 'maxItems',
                    params: { limit: 10000 },
                    message: 'must NOT have more than 10000 items',
                  };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
                const len2 = data11.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data12 = data11[i2];
                  if (typeof data12 === 'string') {
                    if (func1(data12) > 512) {
                      const err24 = {
                        instancePath: instancePath + '/targets/' + i1 + '/values/' + i2,
                        schemaPath:
                          'https://ff.dev/openapi.json#/$defs/Target/properties/values/items/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 512 },
                        message: 'must NOT have more than 512 characters',
                      };
                      if (vErrors === null) {
                        vErrors = [err24];
                      } else {
                        vErrors.push(err24);
                      }
                      errors++;
                    }
                    if (func1(data12) < 1) {
                      const err25 = {
                        instancePath: instancePath + '/targets/' + i1 + '/values/' + i2,
                        schemaPath:
                          'https://ff.dev/openapi.json#/$defs/Target/properties/values/items/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      };
                      if (vErrors === null) {
                        vErrors = [err25];
                      } else {
                        vErrors.push(err25);
                      }
                      errors++;
                    }
                  } else {
                    const err26 = {
                      instancePath: instancePath + '/targets/' + i1 + '/values/' + i2,
                      schemaPath: 'https://ff.dev/openapi.json#/$defs/Target/properties/values/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
              } else {
                const err27 = {
                  instancePath: instancePath + '/targets/' + i1 + '/values',
                  schemaPath: 'https://ff.dev/openapi.json#/$defs/Target/properties/values/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = {
              instancePath: instancePath + '/targets/' + i1,
              schemaPath: 'https://ff.dev/openapi.json#/$defs/Target/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = {
          instancePath: instancePath + '/targets',
          schemaPath: '#/properties/targets/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.rules !== undefined) {
      let data13 = data.rules;
      if (Array.isArray(data13)) {
        if (data13.length > 500) {
          const err30 = {
            instancePath: instancePath + '/rules',
            schemaPath: '#/properties/rules/maxItems',
            keyword: 'maxItems',
            params: { limit: 500 },
            message: 'must NOT have more than 500 items',
          };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        const len3 = data13.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (
            !validate99(data13[i3], {
              instancePath: instancePath + '/rules/' + i3,
              parentData: data13,
              parentDataProperty: i3,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err31 = {
          instancePath: instancePath + '/rules',
          schemaPath: '#/properties/rules/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.fallthrough !== undefined) {
      if (
        !validate102(data.fallthrough, {
          instancePath: instancePath + '/fallthrough',
          parentData: data,
          parentDataProperty: 'fallthrough',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
        errors = vErrors.length;
      }
    }
    if (data.comment !== undefined) {
      let data16 = data.comment;
      if (typeof data16 === 'string') {
        if (func1(data16) > 1000) {
          const err32 = {
            instancePath: instancePath + '/comment',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Comment/maxLength',
            keyword: 'maxLength',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 characters',
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = {
          instancePath: instancePath + '/comment',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Comment/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
  } else {
    const err34 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err34];
    } else {
      vErrors.push(err34);
    }
    errors++;
  }
  validate96.errors = vErrors;
  return errors === 0;
}
validate96.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate95(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate95.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate96(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
    errors = vErrors.length;
  }
  validate95.errors = vErrors;
  return errors === 0;
}
validate95.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const changeFlagConfig_params = validate109;
const schema195 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    flag: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    env: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'flag', 'env'],
};

function validate109(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate109.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.flag === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'flag' },
        message: "must have required property '" + 'flag' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.env === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'env' },
        message: "must have required property '" + 'env' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err4 = {
          instancePath: instancePath + '/project',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
    if (data.flag !== undefined) {
      let data1 = data.flag;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err5 = {
            instancePath: instancePath + '/flag',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/flag',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
    if (data.env !== undefined) {
      let data2 = data.env;
      if (typeof data2 === 'string') {
        if (!pattern4.test(data2)) {
          const err7 = {
            instancePath: instancePath + '/env',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/env',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
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
  validate109.errors = vErrors;
  return errors === 0;
}
validate109.evaluated = {
  props: { project: true, flag: true, env: true },
  dynamicProps: false,
  dynamicItems: false,
};

export const changeFlagConfig_headers = validate110;
const schema199 = { type: 'object', properties: { 'if-match': { type: 'string', maxLength: 100 } } };

function validate110(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate110.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data['if-match'] !== undefined) {
      let data0 = data['if-match'];
      if (typeof data0 === 'string') {
        if (func1(data0) > 100) {
          const err0 = {
            instancePath: instancePath + '/if-match',
            schemaPath: '#/properties/if-match/maxLength',
            keyword: 'maxLength',
            params: { limit: 100 },
            message: 'must NOT have more than 100 characters',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/if-match',
          schemaPath: '#/properties/if-match/type',
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
  validate110.errors = vErrors;
  return errors === 0;
}
validate110.evaluated = { props: { 'if-match': true }, dynamicProps: false, dynamicItems: false };

export const changeFlagConfig_body = validate111;
const schema200 = { $ref: 'https://ff.dev/openapi.json#/$defs/FlagConfigChange' };
const schema201 = {
  type: 'object',
  additionalProperties: false,
  required: ['actions'],
  properties: {
    comment: { $ref: 'https://ff.dev/openapi.json#/$defs/Comment' },
    actions: {
      type: 'array',
      minItems: 1,
      maxItems: 100,
      items: { $ref: 'https://ff.dev/openapi.json#/$defs/FlagConfigAction' },
    },
  },
};
const schema203 = {
  oneOf: [
    { $ref: 'https://ff.dev/openapi.json#/$defs/ActionTurnOn' },
    { $ref: 'https://ff.dev/openapi.json#/$defs/ActionTurnOff' },
    { $ref: 'https://ff.dev/openapi.json#/$defs/ActionSetOffVariation' },
    { $ref: 'https://ff.dev/openapi.json#/$defs/ActionSetFallthrough' },
    { $ref: 'https://ff.dev/openapi.json#/$defs/ActionSetRollout' },
    { $ref: 'https://ff.dev/openapi.json#/$defs/ActionAddTargets' },
    { $ref: 'https://ff.dev/openapi.json#/$defs/ActionRemoveTargets' },
    { $ref: 'https://ff.dev/openapi.json#/$defs/ActionAddRule' },
    { $ref: 'https://ff.dev/openapi.json#/$defs/ActionUpdateRule' },
    { $ref: 'https://ff.dev/openapi.json#/$defs/ActionRemoveRule' },
    { $ref: 'https://ff.dev/openapi.json#/$defs/ActionReorderRules' },
    { $ref: 'https://ff.dev/openapi.json#/$defs/ActionAddPrerequisite' },
    { $ref: 'https://ff.dev/openapi.json#/$defs/ActionRemovePrerequisite' },
  ],
  discriminator: { propertyName: 'kind' },
};
const schema213 = {
  type: 'object',
  additionalProperties: false,
  required: ['kind'],
  properties: { kind: { const: 'turnOn' } },
};
const schema214 = {
  type: 'object',
  additionalProperties: false,
  required: ['kind'],
  properties: { kind: { const: 'turnOff' } },
};
const schema215 = {
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'variation'],
  properties: { kind: { const: 'setOffVariation' }, variation: { type: 'integer', minimum: 0 } },
};
const schema216 = {
  description:
    'Adds context keys to the target of `variation` (created if missing), removing them from other targets.',
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'variation', 'values'],
  properties: {
    kind: { const: 'addTargets' },
    variation: { type: 'integer', minimum: 0 },
    values: {
      type: 'array',
      minItems: 1,
      maxItems: 10000,
      items: { type: 'string', minLength: 1, maxLength: 512 },
    },
  },
};
const schema217 = {
  description:
    'Removes context keys from the target of `variation` (or from every target without `variation`).',
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'values'],
  properties: {
    kind: { const: 'removeTargets' },
    variation: { type: 'integer', minimum: 0 },
    values: {
      type: 'array',
      minItems: 1,
      maxItems: 10000,
      items: { type: 'string', minLength: 1, maxLength: 512 },
    },
  },
};
const schema218 = {
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'id'],
  properties: { kind: { const: 'removeRule' }, id: { type: 'string', minLength: 1, maxLength: 128 } },
};
const schema219 = {
  description: 'The rule ids in their new order; it must name every rule exactly once.',
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'ids'],
  properties: {
    kind: { const: 'reorderRules' },
    ids: { type: 'array', maxItems: 500, items: { type: 'string', minLength: 1, maxLength: 128 } },
  },
};
const schema204 = {
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'serve'],
  properties: {
    kind: { const: 'setFallthrough' },
    serve: { $ref: 'https://ff.dev/openapi.json#/$defs/Serve' },
  },
};

function validate114(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate114.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.kind === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'kind' },
        message: "must have required property '" + 'kind' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.serve === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'serve' },
        message: "must have required property '" + 'serve' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'kind' || key0 === 'serve')) {
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
    if (data.kind !== undefined) {
      if ('setFallthrough' !== data.kind) {
        const err3 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/const',
          keyword: 'const',
          params: { allowedValue: 'setFallthrough' },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.serve !== undefined) {
      if (
        !validate102(data.serve, {
          instancePath: instancePath + '/serve',
          parentData: data,
          parentDataProperty: 'serve',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
        errors = vErrors.length;
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
  validate114.errors = vErrors;
  return errors === 0;
}
validate114.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

const schema205 = {
  description: "Sets the fallthrough to a rollout (or, with `ruleId`, that rule's serve).",
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'weights'],
  properties: {
    kind: { const: 'setRollout' },
    ruleId: { type: 'string', minLength: 1, maxLength: 128 },
    bucketBy: { type: 'string', minLength: 1, maxLength: 200 },
    salt: { type: 'string', minLength: 1, maxLength: 200 },
    weights: {
      type: 'array',
      minItems: 1,
      maxItems: 100,
      items: { $ref: 'https://ff.dev/openapi.json#/$defs/WeightedVariation' },
    },
  },
};

function validate116(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate116.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.kind === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'kind' },
        message: "must have required property '" + 'kind' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.weights === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'weights' },
        message: "must have required property '" + 'weights' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'kind' ||
        key0 === 'ruleId' ||
        key0 === 'bucketBy' ||
        key0 === 'salt' ||
        key0 === 'weights'
      )) {
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
    if (data.kind !== undefined) {
      if ('setRollout' !== data.kind) {
        const err3 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/const',
          keyword: 'const',
          params: { allowedValue: 'setRollout' },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.ruleId !== undefined) {
      let data1 = data.ruleId;
      if (typeof data1 === 'string') {
        if (func1(data1) > 128) {
          const err4 = {
            instancePath: instancePath + '/ruleId',
            schemaPath: '#/properties/ruleId/maxLength',
            keyword: 'maxLength',
            params: { limit: 128 },
            message: 'must NOT have more than 128 characters',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err5 = {
            instancePath: instancePath + '/ruleId',
            schemaPath: '#/properties/ruleId/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/ruleId',
          schemaPath: '#/properties/ruleId/type',
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
    if (data.bucketBy !== undefined) {
      let data2 = data.bucketBy;
      if (typeof data2 === 'string') {
        if (func1(data2) > 200) {
          const err7 = {
            instancePath: instancePath + '/bucketBy',
            schemaPath: '#/properties/bucketBy/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
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
            instancePath: instancePath + '/bucketBy',
            schemaPath: '#/properties/bucketBy/minLength',
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
      } else {
        const err9 = {
          instancePath: instancePath + '/bucketBy',
          schemaPath: '#/properties/bucketBy/type',
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
    if (data.salt !== undefined) {
      let data3 = data.salt;
      if (typeof data3 === 'string') {
        if (func1(data3) > 200) {
          const err10 = {
            instancePath: instancePath + '/salt',
            schemaPath: '#/properties/salt/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
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
            instancePath: instancePath + '/salt',
            schemaPath: '#/properties/salt/minLength',
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
      } else {
        const err12 = {
          instancePath: instancePath + '/salt',
          schemaPath: '#/properties/salt/type',
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
    if (data.weights !== undefined) {
      let data4 = data.weights;
      if (Array.isArray(data4)) {
        if (data4.length > 100) {
          const err13 = {
            instancePath: instancePath + '/weights',
            schemaPath: '#/properties/weights/maxItems',
            keyword: 'maxItems',
            params: { limit: 100 },
            message: 'must NOT have more than 100 items',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data4.length < 1) {
          const err14 = {
            instancePath: instancePath + '/weights',
            schemaPath: '#/properties/weights/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
            if (data5.variation === undefined) {
              const err15 = {
                instancePath: instancePath + '/weights/' + i0,
                schemaPath: 'https://ff.dev/openapi.json#/$defs/WeightedVariation/required',
                keyword: 'required',
                params: { missingProperty: 'variation' },
                message: "must have required property '" + 'variation' + "'",
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (data5.weight === undefined) {
              const err16 = {
                instancePath: instancePath + '/weights/' + i0,
                schemaPath: 'https://ff.dev/openapi.json#/$defs/WeightedVariation/required',
                keyword: 'required',
                params: { missingProperty: 'weight' },
                message: "must have required property '" + 'weight' + "'",
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            for (const key1 in data5) {
              if (!(key1 === 'variation' || key1 === 'weight')) {
                const err17 = {
                  instancePath: instancePath + '/weights/' + i0,
                  schemaPath: 'https://ff.dev/openapi.json#/$defs/WeightedVariation/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key1 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data5.variation !== undefined) {
              let data6 = data5.variation;
              if (!(typeof data6 == 'number' && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
                const err18 = {
                  instancePath: instancePath + '/weights/' + i0 + '/variation',
                  schemaPath:
                    'https://ff.dev/openapi.json#/$defs/WeightedVariation/properties/variation/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
              if (typeof data6 == 'number' && isFinite(data6)) {
                if (data6 < 0 || isNaN(data6)) {
                  const err19 = {
                    instancePath: instancePath + '/weights/' + i0 + '/variation',
                    schemaPath:
                      'https://ff.dev/openapi.json#/$defs/WeightedVariation/properties/variation/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                  };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              }
            }
            if (data5.weight !== undefined) {
              let data7 = data5.weight;
              if (!(typeof data7 == 'number' && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
                const err20 = {
                  instancePath: instancePath + '/weights/' + i0 + '/weight',
                  schemaPath: 'https://ff.dev/openapi.json#/$defs/WeightedVariation/properties/weight/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
              if (typeof data7 == 'number' && isFinite(data7)) {
                if (data7 > 100000 || isNaN(data7)) {
                  const err21 = {
                    instancePath: instancePath + '/weights/' + i0 + '/weight',
                    schemaPath:
                      'https://ff.dev/openapi.json#/$defs/WeightedVariation/properties/weight/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 100000 },
                    message: 'must be <= 100000',
                  };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
                if (data7 < 0 || isNaN(data7)) {
                  const err22 = {
                    instancePath: instancePath + '/weights/' + i0 + '/weight',
                    schemaPath:
                      'https://ff.dev/openapi.json#/$defs/WeightedVariation/properties/weight/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                  };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err23 = {
              instancePath: instancePath + '/weights/' + i0,
              schemaPath: 'https://ff.dev/openapi.json#/$defs/WeightedVariation/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = {
          instancePath: instancePath + '/weights',
          schemaPath: '#/properties/weights/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
  } else {
    const err25 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate116.errors = vErrors;
  return errors === 0;
}
validate116.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

const schema207 = {
  description: 'Adds a rule at `index` (default last). Its `id` must be new; omit it to get a generated one.',
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'rule'],
  properties: {
    kind: { const: 'addRule' },
    index: { type: 'integer', minimum: 0 },
    rule: {
      type: 'object',
      additionalProperties: false,
      required: ['clauses', 'serve'],
      properties: {
        id: { type: 'string', minLength: 1, maxLength: 128 },
        description: { type: 'string', maxLength: 1000 },
        clauses: {
          type: 'array',
          maxItems: 100,
          items: { $ref: 'https://ff.dev/openapi.json#/$defs/Clause' },
        },
        serve: { $ref: 'https://ff.dev/openapi.json#/$defs/Serve' },
      },
    },
  },
};

function validate117(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate117.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.kind === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'kind' },
        message: "must have required property '" + 'kind' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.rule === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'rule' },
        message: "must have required property '" + 'rule' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'kind' || key0 === 'index' || key0 === 'rule')) {
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
    if (data.kind !== undefined) {
      if ('addRule' !== data.kind) {
        const err3 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/const',
          keyword: 'const',
          params: { allowedValue: 'addRule' },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.index !== undefined) {
      let data1 = data.index;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err4 = {
          instancePath: instancePath + '/index',
          schemaPath: '#/properties/index/type',
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
      if (typeof data1 == 'number' && isFinite(data1)) {
        if (data1 < 0 || isNaN(data1)) {
          const err5 = {
            instancePath: instancePath + '/index',
            schemaPath: '#/properties/index/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
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
    if (data.rule !== undefined) {
      let data2 = data.rule;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (data2.clauses === undefined) {
          const err6 = {
            instancePath: instancePath + '/rule',
            schemaPath: '#/properties/rule/required',
            keyword: 'required',
            params: { missingProperty: 'clauses' },
            message: "must have required property '" + 'clauses' + "'",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data2.serve === undefined) {
          const err7 = {
            instancePath: instancePath + '/rule',
            schemaPath: '#/properties/rule/required',
            keyword: 'required',
            params: { missingProperty: 'serve' },
            message: "must have required property '" + 'serve' + "'",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === 'id' || key1 === 'description' || key1 === 'clauses' || key1 === 'serve')) {
            const err8 = {
              instancePath: instancePath + '/rule',
              schemaPath: '#/properties/rule/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data2.id !== undefined) {
          let data3 = data2.id;
          if (typeof data3 === 'string') {
            if (func1(data3) > 128) {
              const err9 = {
                instancePath: instancePath + '/rule/id',
                schemaPath: '#/properties/rule/properties/id/maxLength',
                keyword: 'maxLength',
                params: { limit: 128 },
                message: 'must NOT have more than 128 characters',
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (func1(data3) < 1) {
              const err10 = {
                instancePath: instancePath + '/rule/id',
                schemaPath: '#/properties/rule/properties/id/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = {
              instancePath: instancePath + '/rule/id',
              schemaPath: '#/properties/rule/properties/id/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data2.description !== undefined) {
          let data4 = data2.description;
          if (typeof data4 === 'string') {
            if (func1(data4) > 1000) {
              const err12 = {
                instancePath: instancePath + '/rule/description',
                schemaPath: '#/properties/rule/properties/description/maxLength',
                keyword: 'maxLength',
                params: { limit: 1000 },
                message: 'must NOT have more than 1000 characters',
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = {
              instancePath: instancePath + '/rule/description',
              schemaPath: '#/properties/rule/properties/description/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data2.clauses !== undefined) {
          let data5 = data2.clauses;
          if (Array.isArray(data5)) {
            if (data5.length > 100) {
              const err14 = {
                instancePath: instancePath + '/rule/clauses',
                schemaPath: '#/properties/rule/properties/clauses/maxItems',
                keyword: 'maxItems',
                params: { limit: 100 },
                message: 'must NOT have more than 100 items',
              };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            const len0 = data5.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (
                !validate100(data5[i0], {
                  instancePath: instancePath + '/rule/clauses/' + i0,
                  parentData: data5,
                  parentDataProperty: i0,
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err15 = {
              instancePath: instancePath + '/rule/clauses',
              schemaPath: '#/properties/rule/properties/clauses/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data2.serve !== undefined) {
          if (
            !validate102(data2.serve, {
              instancePath: instancePath + '/rule/serve',
              parentData: data2,
              parentDataProperty: 'serve',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err16 = {
          instancePath: instancePath + '/rule',
          schemaPath: '#/properties/rule/type',
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
    }
  } else {
    const err17 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate117.errors = vErrors;
  return errors === 0;
}
validate117.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

const schema208 = {
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'id', 'rule'],
  properties: {
    kind: { const: 'updateRule' },
    id: { type: 'string', minLength: 1, maxLength: 128 },
    rule: {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: {
        description: { type: 'string', maxLength: 1000 },
        clauses: {
          type: 'array',
          maxItems: 100,
          items: { $ref: 'https://ff.dev/openapi.json#/$defs/Clause' },
        },
        serve: { $ref: 'https://ff.dev/openapi.json#/$defs/Serve' },
      },
    },
  },
};

function validate120(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate120.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.kind === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'kind' },
        message: "must have required property '" + 'kind' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
        message: "must have required property '" + 'id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.rule === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'rule' },
        message: "must have required property '" + 'rule' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'kind' || key0 === 'id' || key0 === 'rule')) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.kind !== undefined) {
      if ('updateRule' !== data.kind) {
        const err4 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/const',
          keyword: 'const',
          params: { allowedValue: 'updateRule' },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data1 = data.id;
      if (typeof data1 === 'string') {
        if (func1(data1) > 128) {
          const err5 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/properties/id/maxLength',
            keyword: 'maxLength',
            params: { limit: 128 },
            message: 'must NOT have more than 128 characters',
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
            instancePath: instancePath + '/id',
            schemaPath: '#/properties/id/minLength',
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
      } else {
        const err7 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
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
    if (data.rule !== undefined) {
      let data2 = data.rule;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (Object.keys(data2).length < 1) {
          const err8 = {
            instancePath: instancePath + '/rule',
            schemaPath: '#/properties/rule/minProperties',
            keyword: 'minProperties',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 properties',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === 'description' || key1 === 'clauses' || key1 === 'serve')) {
            const err9 = {
              instancePath: instancePath + '/rule',
              schemaPath: '#/properties/rule/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.description !== undefined) {
          let data3 = data2.description;
          if (typeof data3 === 'string') {
            if (func1(data3) > 1000) {
              const err10 = {
                instancePath: instancePath + '/rule/description',
                schemaPath: '#/properties/rule/properties/description/maxLength',
                keyword: 'maxLength',
                params: { limit: 1000 },
                message: 'must NOT have more than 1000 characters',
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = {
              instancePath: instancePath + '/rule/description',
              schemaPath: '#/properties/rule/properties/description/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data2.clauses !== undefined) {
          let data4 = data2.clauses;
          if (Array.isArray(data4)) {
            if (data4.length > 100) {
              const err12 = {
                instancePath: instancePath + '/rule/clauses',
                schemaPath: '#/properties/rule/properties/clauses/maxItems',
                keyword: 'maxItems',
                params: { limit: 100 },
                message: 'must NOT have more than 100 items',
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (
                !validate100(data4[i0], {
                  instancePath: instancePath + '/rule/clauses/' + i0,
                  parentData: data4,
                  parentDataProperty: i0,
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err13 = {
              instancePath: instancePath + '/rule/clauses',
              schemaPath: '#/properties/rule/properties/clauses/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data2.serve !== undefined) {
          if (
            !validate102(data2.serve, {
              instancePath: instancePath + '/rule/serve',
              parentData: data2,
              parentDataProperty: 'serve',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/rule',
          schemaPath: '#/properties/rule/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
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
  validate120.errors = vErrors;
  return errors === 0;
}
validate120.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

const schema209 = {
  description: 'Adds a prerequisite, or changes the required variation of an existing one on the same flag.',
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'flag', 'variation'],
  properties: {
    kind: { const: 'addPrerequisite' },
    flag: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    variation: { type: 'integer', minimum: 0 },
  },
};

function validate123(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate123.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.kind === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'kind' },
        message: "must have required property '" + 'kind' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.flag === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'flag' },
        message: "must have required property '" + 'flag' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.variation === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'variation' },
        message: "must have required property '" + 'variation' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'kind' || key0 === 'flag' || key0 === 'variation')) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.kind !== undefined) {
      if ('addPrerequisite' !== data.kind) {
        const err4 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/const',
          keyword: 'const',
          params: { allowedValue: 'addPrerequisite' },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.flag !== undefined) {
      let data1 = data.flag;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err5 = {
            instancePath: instancePath + '/flag',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/flag',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
    if (data.variation !== undefined) {
      let data2 = data.variation;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
        const err7 = {
          instancePath: instancePath + '/variation',
          schemaPath: '#/properties/variation/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data2 == 'number' && isFinite(data2)) {
        if (data2 < 0 || isNaN(data2)) {
          const err8 = {
            instancePath: instancePath + '/variation',
            schemaPath: '#/properties/variation/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
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
  validate123.errors = vErrors;
  return errors === 0;
}
validate123.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

const schema211 = {
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'flag'],
  properties: {
    kind: { const: 'removePrerequisite' },
    flag: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
};

function validate124(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate124.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.kind === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'kind' },
        message: "must have required property '" + 'kind' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.flag === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'flag' },
        message: "must have required property '" + 'flag' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'kind' || key0 === 'flag')) {
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
    if (data.kind !== undefined) {
      if ('removePrerequisite' !== data.kind) {
        const err3 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/const',
          keyword: 'const',
          params: { allowedValue: 'removePrerequisite' },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.flag !== undefined) {
      let data1 = data.flag;
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
      } else {
        const err5 = {
          instancePath: instancePath + '/flag',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate124.errors = vErrors;
  return errors === 0;
}
validate124.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate113(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate113.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    const tag0 = data.kind;
    if (typeof tag0 == 'string') {
      if (tag0 === 'turnOn') {
        if (data && typeof data == 'object' && !Array.isArray(data)) {
          if (data.kind === undefined) {
            const err0 = {
              instancePath,
              schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionTurnOn/required',
              keyword: 'required',
              params: { missingProperty: 'kind' },
              message: "must have required property '" + 'kind' + "'",
            };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
          for (const key0 in data) {
            if (!(key0 === 'kind')) {
              const err1 = {
                instancePath,
                schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionTurnOn/additionalProperties',
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
          if (data.kind !== undefined) {
            if ('turnOn' !== data.kind) {
              const err2 = {
                instancePath: instancePath + '/kind',
                schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionTurnOn/properties/kind/const',
                keyword: 'const',
                params: { allowedValue: 'turnOn' },
                message: 'must be equal to constant',
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
            schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionTurnOn/type',
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
        var props0 = true;
      } else if (tag0 === 'turnOff') {
        if (data && typeof data == 'object' && !Array.isArray(data)) {
          if (data.kind === undefined) {
            const err4 = {
              instancePath,
              schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionTurnOff/required',
              keyword: 'required',
              params: { missingProperty: 'kind' },
              message: "must have required property '" + 'kind' + "'",
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          for (const key1 in data) {
            if (!(key1 === 'kind')) {
              const err5 = {
                instancePath,
                schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionTurnOff/additionalProperties',
                keyword: 'additionalProperties',
                params: { additionalProperty: key1 },
                message: 'must NOT have additional properties',
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
          if (data.kind !== undefined) {
            if ('turnOff' !== data.kind) {
              const err6 = {
                instancePath: instancePath + '/kind',
                schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionTurnOff/properties/kind/const',
                keyword: 'const',
                params: { allowedValue: 'turnOff' },
                message: 'must be equal to constant',
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
            schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionTurnOff/type',
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
        if (props0 !== true) {
          props0 = true;
        }
      } else if (tag0 === 'setOffVariation') {
        if (data && typeof data == 'object' && !Array.isArray(data)) {
          if (data.kind === undefined) {
            const err8 = {
              instancePath,
              schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionSetOffVariation/required',
              keyword: 'required',
              params: { missingProperty: 'kind' },
              message: "must have required property '" + 'kind' + "'",
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          if (data.variation === undefined) {
            const err9 = {
              instancePath,
              schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionSetOffVariation/required',
              keyword: 'required',
              params: { missingProperty: 'variation' },
              message: "must have required property '" + 'variation' + "'",
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          for (const key2 in data) {
            if (!(key2 === 'kind' || key2 === 'variation')) {
              const err10 = {
                instancePath,
                schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionSetOffVariation/additionalProperties',
                keyword: 'additionalProperties',
                params: { additionalProperty: key2 },
                message: 'must NOT have additional properties',
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
          if (data.kind !== undefined) {
            if ('setOffVariation' !== data.kind) {
              const err11 = {
                instancePath: instancePath + '/kind',
                schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionSetOffVariation/properties/kind/const',
                keyword: 'const',
                params: { allowedValue: 'setOffVariation' },
                message: 'must be equal to constant',
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
          if (data.variation !== undefined) {
            let data3 = data.variation;
            if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
              const err12 = {
                instancePath: instancePath + '/variation',
                schemaPath:
                  'https://ff.dev/openapi.json#/$defs/ActionSetOffVariation/properties/variation/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (typeof data3 == 'number' && isFinite(data3)) {
              if (data3 < 0 || isNaN(data3)) {
                const err13 = {
                  instancePath: instancePath + '/variation',
                  schemaPath:
                    'https://ff.dev/openapi.json#/$defs/ActionSetOffVariation/properties/variation/minimum',
                  keyword: 'minimum',
                  params: { comparison: '>=', limit: 0 },
                  message: 'must be >= 0',
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
        } else {
          const err14 = {
            instancePath,
            schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionSetOffVariation/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (props0 !== true) {
          props0 = true;
        }
      } else if (tag0 === 'setFallthrough') {
        if (!validate114(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = true;
        }
      } else if (tag0 === 'setRollout') {
        if (!validate116(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = true;
        }
      } else if (tag0 === 'addTargets') {
        if (data && typeof data == 'object' && !Array.isArray(data)) {
          if (data.kind === undefined) {
            const err15 = {
              instancePath,
              schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionAddTargets/required',
              keyword: 'required',
              params: { missingProperty: 'kind' },
              message: "must have required property '" + 'kind' + "'",
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          if (data.variation === undefined) {
            const err16 = {
              instancePath,
              schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionAddTargets/required',
              keyword: 'required',
              params: { missingProperty: 'variation' },
              message: "must have required property '" + 'variation' + "'",
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          if (data.values === undefined) {
            const err17 = {
              instancePath,
              schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionAddTargets/required',
              keyword: 'required',
              params: { missingProperty: 'values' },
              message: "must have required property '" + 'values' + "'",
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          for (const key3 in data) {
            if (!(key3 === 'kind' || key3 === 'variation' || key3 === 'values')) {
              const err18 = {
                instancePath,
                schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionAddTargets/additionalProperties',
                keyword: 'additionalProperties',
                params: { additionalProperty: key3 },
                message: 'must NOT have additional properties',
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
          if (data.kind !== undefined) {
            if ('addTargets' !== data.kind) {
              const err19 = {
                instancePath: instancePath + '/kind',
                schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionAddTargets/properties/kind/const',
                keyword: 'const',
                params: { allowedValue: 'addTargets' },
                message: 'must be equal to constant',
              };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
          if (data.variation !== undefined) {
            let data5 = data.variation;
            if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
              const err20 = {
                instancePath: instancePath + '/variation',
                schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionAddTargets/properties/variation/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
              };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (typeof data5 == 'number' && isFinite(data5)) {
              if (data5 < 0 || isNaN(data5)) {
                const err21 = {
                  instancePath: instancePath + '/variation',
                  schemaPath:
                    'https://ff.dev/openapi.json#/$defs/ActionAddTargets/properties/variation/minimum',
                  keyword: 'minimum',
                  params: { comparison: '>=', limit: 0 },
                  message: 'must be >= 0',
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
          if (data.values !== undefined) {
            let data6 = data.values;
            if (Array.isArray(data6)) {
              if (data6.length > 10000) {
                const err22 = {
                  instancePath: instancePath + '/values',
                  schemaPath:
                    'https://ff.dev/openapi.json#/$defs/ActionAddTargets/properties/values/maxItems',
                  keyword: 'maxItems',
                  params: { limit: 10000 },
                  message: 'must NOT have more than 10000 items',
                };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
              if (data6.length < 1) {
                const err23 = {
                  instancePath: instancePath + '/values',
                  schemaPath:
                    'https://ff.dev/openapi.json#/$defs/ActionAddTargets/properties/values/minItems',
                  keyword: 'minItems',
                  params: { limit: 1 },
                  message: 'must NOT have fewer than 1 items',
                };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              const len0 = data6.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data7 = data6[i0];
                if (typeof data7 === 'string') {
                  if (func1(data7) > 512) {
                    const err24 = {
                      instancePath: instancePath + '/values/' + i0,
                      schemaPath:
                        'https://ff.dev/openapi.json#/$defs/ActionAddTargets/properties/values/items/maxLength',
                      keyword: 'maxLength',
                      params: { limit: 512 },
                      message: 'must NOT have more than 512 characters',
                    };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                  if (func1(data7) < 1) {
                    const err25 = {
                      instancePath: instancePath + '/values/' + i0,
                      schemaPath:
                        'https://ff.dev/openapi.json#/$defs/ActionAddTargets/properties/values/items/minLength',
                      keyword: 'minLength',
                      params: { limit: 1 },
                      message: 'must NOT have fewer than 1 characters',
                    };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                } else {
                  const err26 = {
                    instancePath: instancePath + '/values/' + i0,
                    schemaPath:
                      'https://ff.dev/openapi.json#/$defs/ActionAddTargets/properties/values/items/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              }
            } else {
              const err27 = {
                instancePath: instancePath + '/values',
                schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionAddTargets/properties/values/type',
                keyword: 'type',
                params: { type: 'array' },
                message: 'must be array',
              };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          }
        } else {
          const err28 = {
            instancePath,
            schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionAddTargets/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
          };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (props0 !== true) {
          props0 = true;
        }
      } else if (tag0 === 'removeTargets') {
        if (data && typeof data == 'object' && !Array.isArray(data)) {
          if (data.kind === undefined) {
            const err29 = {
              instancePath,
              schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionRemoveTargets/required',
              keyword: 'required',
              params: { missingProperty: 'kind' },
              message: "must have required property '" + 'kind' + "'",
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
          if (data.values === undefined) {
            const err30 = {
              instancePath,
              schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionRemoveTargets/required',
              keyword: 'required',
              params: { missingProperty: 'values' },
              message: "must have required property '" + 'values' + "'",
            };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
          for (const key4 in data) {
            if (!(key4 === 'kind' || key4 === 'variation' || key4 === 'values')) {
              const err31 = {
                instancePath,
                schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionRemoveTargets/additionalProperties',
                keyword: 'additionalProperties',
                params: { additionalProperty: key4 },
                message: 'must NOT have additional properties',
              };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          }
          if (data.kind !== undefined) {
            if ('removeTargets' !== data.kind) {
              const err32 = {
                instancePath: instancePath + '/kind',
                schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionRemoveTargets/properties/kind/const',
                keyword: 'const',
                params: { allowedValue: 'removeTargets' },
                message: 'must be equal to constant',
              };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          }
          if (data.variation !== undefined) {
            let data9 = data.variation;
            if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9) && isFinite(data9))) {
              const err33 = {
                instancePath: instancePath + '/variation',
                schemaPath:
                  'https://ff.dev/openapi.json#/$defs/ActionRemoveTargets/properties/variation/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
              };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (typeof data9 == 'number' && isFinite(data9)) {
              if (data9 < 0 || isNaN(data9)) {
                const err34 = {
                  instancePath: instancePath + '/variation',
                  schemaPath:
                    'https://ff.dev/openapi.json#/$defs/ActionRemoveTargets/properties/variation/minimum',
                  keyword: 'minimum',
                  params: { comparison: '>=', limit: 0 },
                  message: 'must be >= 0',
                };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
          }
          if (data.values !== undefined) {
            let data10 = data.values;
            if (Array.isArray(data10)) {
              if (data10.length > 10000) {
                const err35 = {
                  instancePath: instancePath + '/values',
                  schemaPath:
                    'https://ff.dev/openapi.json#/$defs/ActionRemoveTargets/properties/values/maxItems',
                  keyword: 'maxItems',
                  params: { limit: 10000 },
                  message: 'must NOT have more than 10000 items',
                };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
              if (data10.length < 1) {
                const err36 = {
                  instancePath: instancePath + '/values',
                  schemaPath:
                    'https://ff.dev/openapi.json#/$defs/ActionRemoveTargets/properties/values/minItems',
                  keyword: 'minItems',
                  params: { limit: 1 },
                  message: 'must NOT have fewer than 1 items',
                };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
              const len1 = data10.length;
              for (let i1 = 0; i1 < len1; i1++) {
                let data11 = data10[i1];
                if (typeof data11 === 'string') {
                  if (func1(data11) > 512) {
                    const err37 = {
                      instancePath: instancePath + '/values/' + i1,
                      schemaPath:
                        'https://ff.dev/openapi.json#/$defs/ActionRemoveTargets/properties/values/items/maxLength',
                      keyword: 'maxLength',
                      params: { limit: 512 },
                      message: 'must NOT have more than 512 characters',
                    };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                  if (func1(data11) < 1) {
                    const err38 = {
                      instancePath: instancePath + '/values/' + i1,
                      schemaPath:
                        'https://ff.dev/openapi.json#/$defs/ActionRemoveTargets/properties/values/items/minLength',
                      keyword: 'minLength',
                      params: { limit: 1 },
                      message: 'must NOT have fewer than 1 characters',
                    };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                } else {
                  const err39 = {
                    instancePath: instancePath + '/values/' + i1,
                    schemaPath:
                      'https://ff.dev/openapi.json#/$defs/ActionRemoveTargets/properties/values/items/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
              }
            } else {
              const err40 = {
                instancePath: instancePath + '/values',
                schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionRemoveTargets/properties/values/type',
                keyword: 'type',
                params: { type: 'array' },
                message: 'must be array',
              };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          }
        } else {
          const err41 = {
            instancePath,
            schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionRemoveTargets/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
          };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        if (props0 !== true) {
          props0 = true;
        }
      } else if (tag0 === 'addRule') {
        if (!validate117(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = true;
        }
      } else if (tag0 === 'updateRule') {
        if (!validate120(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate120.errors : vErrors.concat(validate120.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = true;
        }
      } else if (tag0 === 'removeRule') {
        if (data && typeof data == 'object' && !Array.isArray(data)) {
          if (data.kind === undefined) {
            const err42 = {
              instancePath,
              schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionRemoveRule/required',
              keyword: 'required',
              params: { missingProperty: 'kind' },
              message: "must have required property '" + 'kind' + "'",
            };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
          if (data.id === undefined) {
            const err43 = {
              instancePath,
              schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionRemoveRule/required',
              keyword: 'required',
              params: { missingProperty: 'id' },
              message: "must have required property '" + 'id' + "'",
            };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
          for (const key5 in data) {
            if (!(key5 === 'kind' || key5 === 'id')) {
              const err44 = {
                instancePath,
                schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionRemoveRule/additionalProperties',
                keyword: 'additionalProperties',
                params: { additionalProperty: key5 },
                message: 'must NOT have additional properties',
              };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          }
          if (data.kind !== undefined) {
            if ('removeRule' !== data.kind) {
              const err45 = {
                instancePath: instancePath + '/kind',
                schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionRemoveRule/properties/kind/const',
                keyword: 'const',
                params: { allowedValue: 'removeRule' },
                message: 'must be equal to constant',
              };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          }
          if (data.id !== undefined) {
            let data13 = data.id;
            if (typeof data13 === 'string') {
              if (func1(data13) > 128) {
                const err46 = {
                  instancePath: instancePath + '/id',
                  schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionRemoveRule/properties/id/maxLength',
                  keyword: 'maxLength',
                  params: { limit: 128 },
                  message: 'must NOT have more than 128 characters',
                };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
              if (func1(data13) < 1) {
                const err47 = {
                  instancePath: instancePath + '/id',
                  schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionRemoveRule/properties/id/minLength',
                  keyword: 'minLength',
                  params: { limit: 1 },
                  message: 'must NOT have fewer than 1 characters',
                };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            } else {
              const err48 = {
                instancePath: instancePath + '/id',
                schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionRemoveRule/properties/id/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          }
        } else {
          const err49 = {
            instancePath,
            schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionRemoveRule/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
          };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
        if (props0 !== true) {
          props0 = true;
        }
      } else if (tag0 === 'reorderRules') {
        if (data && typeof data == 'object' && !Array.isArray(data)) {
          if (data.kind === undefined) {
            const err50 = {
              instancePath,
              schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionReorderRules/required',
              keyword: 'required',
              params: { missingProperty: 'kind' },
              message: "must have required property '" + 'kind' + "'",
            };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
          if (data.ids === undefined) {
            const err51 = {
              instancePath,
              schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionReorderRules/required',
              keyword: 'required',
              params: { missingProperty: 'ids' },
              message: "must have required property '" + 'ids' + "'",
            };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
          for (const key6 in data) {
            if (!(key6 === 'kind' || key6 === 'ids')) {
              const err52 = {
                instancePath,
                schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionReorderRules/additionalProperties',
                keyword: 'additionalProperties',
                params: { additionalProperty: key6 },
                message: 'must NOT have additional properties',
              };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
          }
          if (data.kind !== undefined) {
            if ('reorderRules' !== data.kind) {
              const err53 = {
                instancePath: instancePath + '/kind',
                schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionReorderRules/properties/kind/const',
                keyword: 'const',
                params: { allowedValue: 'reorderRules' },
                message: 'must be equal to constant',
              };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          }
          if (data.ids !== undefined) {
            let data15 = data.ids;
            if (Array.isArray(data15)) {
              if (data15.length > 500) {
                const err54 = {
                  instancePath: instancePath + '/ids',
                  schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionReorderRules/properties/ids/maxItems',
                  keyword: 'maxItems',
                  params: { limit: 500 },
                  message: 'must NOT have more than 500 items',
                };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
              const len2 = data15.length;
              for (let i2 = 0; i2 < len2; i2++) {
                let data16 = data15[i2];
                if (typeof data16 === 'string') {
                  if (func1(data16) > 128) {
                    const err55 = {
                      instancePath: instancePath + '/ids/' + i2,
                      schemaPath:
                        'https://ff.dev/openapi.json#/$defs/ActionReorderRules/properties/ids/items/maxLength',
                      keyword: 'maxLength',
                      params: { limit: 128 },
                      message: 'must NOT have more than 128 characters',
                    };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                  if (func1(data16) < 1) {
                    const err56 = {
                      instancePath: instancePath + '/ids/' + i2,
                      schemaPath:
                        'https://ff.dev/openapi.json#/$defs/ActionReorderRules/properties/ids/items/minLength',
                      keyword: 'minLength',
                      params: { limit: 1 },
                      message: 'must NOT have fewer than 1 characters',
                    };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                } else {
                  const err57 = {
                    instancePath: instancePath + '/ids/' + i2,
                    schemaPath:
                      'https://ff.dev/openapi.json#/$defs/ActionReorderRules/properties/ids/items/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                }
              }
            } else {
              const err58 = {
                instancePath: instancePath + '/ids',
                schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionReorderRules/properties/ids/type',
                keyword: 'type',
                params: { type: 'array' },
                message: 'must be array',
              };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          }
        } else {
          const err59 = {
            instancePath,
            schemaPath: 'https://ff.dev/openapi.json#/$defs/ActionReorderRules/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
          };
          if (vErrors === null) {
            vErrors = [err59];
          } else {
            vErrors.push(err59);
          }
          errors++;
        }
        if (props0 !== true) {
          props0 = true;
        }
      } else if (tag0 === 'addPrerequisite') {
        if (!validate123(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = true;
        }
      } else if (tag0 === 'removePrerequisite') {
        if (!validate124(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate124.errors : vErrors.concat(validate124.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = true;
        }
      } else {
        const err60 = {
          instancePath,
          schemaPath: '#/discriminator',
          keyword: 'discriminator',
          params: { error: 'mapping', tag: 'kind', tagValue: tag0 },
          message: 'value of tag "kind" must be in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    } else {
      const err61 = {
        instancePath,
        schemaPath: '#/discriminator',
        keyword: 'discriminator',
        params: { error: 'tag', tag: 'kind', tagValue: tag0 },
        message: 'tag "kind" must be string',
      };
      if (vErrors === null) {
        vErrors = [err61];
      } else {
        vErrors.push(err61);
      }
      errors++;
    }
  }
  validate113.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate113.evaluated = { dynamicProps: true, dynamicItems: false };

function validate112(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate112.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.actions === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'actions' },
        message: "must have required property '" + 'actions' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'comment' || key0 === 'actions')) {
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
    if (data.comment !== undefined) {
      let data0 = data.comment;
      if (typeof data0 === 'string') {
        if (func1(data0) > 1000) {
          const err2 = {
            instancePath: instancePath + '/comment',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Comment/maxLength',
            keyword: 'maxLength',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 characters',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/comment',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Comment/type',
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
    if (data.actions !== undefined) {
      let data1 = data.actions;
      if (Array.isArray(data1)) {
        if (data1.length > 100) {
          const err4 = {
            instancePath: instancePath + '/actions',
            schemaPath: '#/properties/actions/maxItems',
            keyword: 'maxItems',
            params: { limit: 100 },
            message: 'must NOT have more than 100 items',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data1.length < 1) {
          const err5 = {
            instancePath: instancePath + '/actions',
            schemaPath: '#/properties/actions/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate113(data1[i0], {
              instancePath: instancePath + '/actions/' + i0,
              parentData: data1,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/actions',
          schemaPath: '#/properties/actions/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
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
  validate112.errors = vErrors;
  return errors === 0;
}
validate112.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate111(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate111.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate112(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors);
    errors = vErrors.length;
  }
  validate111.errors = vErrors;
  return errors === 0;
}
validate111.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const createSchedule_params = validate133;
const schema220 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    flag: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    env: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'flag', 'env'],
};

function validate133(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate133.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.flag === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'flag' },
        message: "must have required property '" + 'flag' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.env === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'env' },
        message: "must have required property '" + 'env' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err4 = {
          instancePath: instancePath + '/project',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
    if (data.flag !== undefined) {
      let data1 = data.flag;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err5 = {
            instancePath: instancePath + '/flag',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/flag',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
    if (data.env !== undefined) {
      let data2 = data.env;
      if (typeof data2 === 'string') {
        if (!pattern4.test(data2)) {
          const err7 = {
            instancePath: instancePath + '/env',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/env',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
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
  validate133.errors = vErrors;
  return errors === 0;
}
validate133.evaluated = {
  props: { project: true, flag: true, env: true },
  dynamicProps: false,
  dynamicItems: false,
};

export const createSchedule_body = validate134;
const schema224 = { $ref: 'https://ff.dev/openapi.json#/$defs/ScheduleCreate' };
const schema225 = {
  type: 'object',
  additionalProperties: false,
  required: ['steps'],
  properties: {
    comment: { $ref: 'https://ff.dev/openapi.json#/$defs/Comment' },
    missedStepPolicy: {
      type: 'string',
      enum: ['run', 'skip'],
      default: 'run',
      description: 'What a step missed while every replica was down does when one starts again.',
    },
    steps: {
      type: 'array',
      minItems: 1,
      maxItems: 100,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['at', 'actions'],
        properties: {
          at: { $ref: 'https://ff.dev/openapi.json#/$defs/Timestamp' },
          actions: {
            type: 'array',
            minItems: 1,
            maxItems: 100,
            items: { $ref: 'https://ff.dev/openapi.json#/$defs/FlagConfigAction' },
          },
        },
      },
    },
  },
};

function validate135(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate135.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.missedStepPolicy === undefined) {
      data.missedStepPolicy = 'run';
    }
    if (data.steps === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'steps' },
        message: "must have required property '" + 'steps' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'comment' || key0 === 'missedStepPolicy' || key0 === 'steps')) {
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
    if (data.comment !== undefined) {
      let data0 = data.comment;
      if (typeof data0 === 'string') {
        if (func1(data0) > 1000) {
          const err2 = {
            instancePath: instancePath + '/comment',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Comment/maxLength',
            keyword: 'maxLength',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 characters',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/comment',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Comment/type',
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
    let data1 = data.missedStepPolicy;
    if (typeof data1 !== 'string') {
      const err4 = {
        instancePath: instancePath + '/missedStepPolicy',
        schemaPath: '#/properties/missedStepPolicy/type',
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
    if (!(data1 === 'run' || data1 === 'skip')) {
      const err5 = {
        instancePath: instancePath + '/missedStepPolicy',
        schemaPath: '#/properties/missedStepPolicy/enum',
        keyword: 'enum',
        params: { allowedValues: schema225.properties.missedStepPolicy.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.steps !== undefined) {
      let data2 = data.steps;
      if (Array.isArray(data2)) {
        if (data2.length > 100) {
          const err6 = {
            instancePath: instancePath + '/steps',
            schemaPath: '#/properties/steps/maxItems',
            keyword: 'maxItems',
            params: { limit: 100 },
            message: 'must NOT have more than 100 items',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data2.length < 1) {
          const err7 = {
            instancePath: instancePath + '/steps',
            schemaPath: '#/properties/steps/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
            if (data3.at === undefined) {
              const err8 = {
                instancePath: instancePath + '/steps/' + i0,
                schemaPath: '#/properties/steps/items/required',
                keyword: 'required',
                params: { missingProperty: 'at' },
                message: "must have required property '" + 'at' + "'",
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (data3.actions === undefined) {
              const err9 = {
                instancePath: instancePath + '/steps/' + i0,
                schemaPath: '#/properties/steps/items/required',
                keyword: 'required',
                params: { missingProperty: 'actions' },
                message: "must have required property '" + 'actions' + "'",
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            for (const key1 in data3) {
              if (!(key1 === 'at' || key1 === 'actions')) {
                const err10 = {
                  instancePath: instancePath + '/steps/' + i0,
                  schemaPath: '#/properties/steps/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key1 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data3.at !== undefined) {
              let data4 = data3.at;
              if (typeof data4 === 'string') {
                if (!formats14.validate(data4)) {
                  const err11 = {
                    instancePath: instancePath + '/steps/' + i0 + '/at',
                    schemaPath: 'https://ff.dev/openapi.json#/$defs/Timestamp/format',
                    keyword: 'format',
                    params: { format: 'date-time' },
                    message: 'must match format "' + 'date-time' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              } else {
                const err12 = {
                  instancePath: instancePath + '/steps/' + i0 + '/at',
                  schemaPath: 'https://ff.dev/openapi.json#/$defs/Timestamp/type',
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
            if (data3.actions !== undefined) {
              let data5 = data3.actions;
              if (Array.isArray(data5)) {
                if (data5.length > 100) {
                  const err13 = {
                    instancePath: instancePath + '/steps/' + i0 + '/actions',
                    schemaPath: '#/properties/steps/items/properties/actions/maxItems',
                    keyword: 'maxItems',
                    params: { limit: 100 },
                    message: 'must NOT have more than 100 items',
                  };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
                if (data5.length < 1) {
                  const err14 = {
                    instancePath: instancePath + '/steps/' + i0 + '/actions',
                    schemaPath: '#/properties/steps/items/properties/actions/minItems',
                    keyword: 'minItems',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 items',
                  };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
                const len1 = data5.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  if (
                    !validate113(data5[i1], {
                      instancePath: instancePath + '/steps/' + i0 + '/actions/' + i1,
                      parentData: data5,
                      parentDataProperty: i1,
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err15 = {
                  instancePath: instancePath + '/steps/' + i0 + '/actions',
                  schemaPath: '#/properties/steps/items/properties/actions/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = {
              instancePath: instancePath + '/steps/' + i0,
              schemaPath: '#/properties/steps/items/type',
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
        }
      } else {
        const err17 = {
          instancePath: instancePath + '/steps',
          schemaPath: '#/properties/steps/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate135.errors = vErrors;
  return errors === 0;
}
validate135.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate134(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate134.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate135(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate135.errors : vErrors.concat(validate135.errors);
    errors = vErrors.length;
  }
  validate134.errors = vErrors;
  return errors === 0;
}
validate134.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const listSchedules_params = validate138;
const schema228 = {
  type: 'object',
  properties: { project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' } },
  required: ['project'],
};

function validate138(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate138.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/project',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/project',
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
  validate138.errors = vErrors;
  return errors === 0;
}
validate138.evaluated = { props: { project: true }, dynamicProps: false, dynamicItems: false };

export const getSchedule_params = validate139;
const schema230 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    schedule: { type: 'string', format: 'uuid' },
  },
  required: ['project', 'schedule'],
};

function validate139(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate139.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.schedule === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'schedule' },
        message: "must have required property '" + 'schedule' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.schedule !== undefined) {
      let data1 = data.schedule;
      if (typeof data1 === 'string') {
        if (!formats2.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/schedule',
            schemaPath: '#/properties/schedule/format',
            keyword: 'format',
            params: { format: 'uuid' },
            message: 'must match format "' + 'uuid' + '"',
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
          instancePath: instancePath + '/schedule',
          schemaPath: '#/properties/schedule/type',
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
  validate139.errors = vErrors;
  return errors === 0;
}
validate139.evaluated = {
  props: { project: true, schedule: true },
  dynamicProps: false,
  dynamicItems: false,
};

export const transitionSchedule_params = validate140;
const schema232 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    schedule: { type: 'string', format: 'uuid' },
    transition: { type: 'string', enum: ['pause', 'resume', 'cancel'] },
  },
  required: ['project', 'schedule', 'transition'],
};

function validate140(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate140.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.schedule === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'schedule' },
        message: "must have required property '" + 'schedule' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.transition === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'transition' },
        message: "must have required property '" + 'transition' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err4 = {
          instancePath: instancePath + '/project',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
    if (data.schedule !== undefined) {
      let data1 = data.schedule;
      if (typeof data1 === 'string') {
        if (!formats2.test(data1)) {
          const err5 = {
            instancePath: instancePath + '/schedule',
            schemaPath: '#/properties/schedule/format',
            keyword: 'format',
            params: { format: 'uuid' },
            message: 'must match format "' + 'uuid' + '"',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/schedule',
          schemaPath: '#/properties/schedule/type',
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
    if (data.transition !== undefined) {
      let data2 = data.transition;
      if (typeof data2 !== 'string') {
        const err7 = {
          instancePath: instancePath + '/transition',
          schemaPath: '#/properties/transition/type',
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
      if (!(data2 === 'pause' || data2 === 'resume' || data2 === 'cancel')) {
        const err8 = {
          instancePath: instancePath + '/transition',
          schemaPath: '#/properties/transition/enum',
          keyword: 'enum',
          params: { allowedValues: schema232.properties.transition.enum },
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
  validate140.errors = vErrors;
  return errors === 0;
}
validate140.evaluated = {
  props: { project: true, schedule: true, transition: true },
  dynamicProps: false,
  dynamicItems: false,
};

export const transitionSchedule_body = validate141;
const schema234 = {
  type: 'object',
  additionalProperties: false,
  properties: { comment: { $ref: 'https://ff.dev/openapi.json#/$defs/Comment' } },
};

function validate141(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate141.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === 'comment')) {
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
    if (data.comment !== undefined) {
      let data0 = data.comment;
      if (typeof data0 === 'string') {
        if (func1(data0) > 1000) {
          const err1 = {
            instancePath: instancePath + '/comment',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Comment/maxLength',
            keyword: 'maxLength',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 characters',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/comment',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Comment/type',
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
  validate141.errors = vErrors;
  return errors === 0;
}
validate141.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const listWebhooks_params = validate142;
const schema236 = {
  type: 'object',
  properties: { project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' } },
  required: ['project'],
};

function validate142(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate142.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/project',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/project',
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
  validate142.errors = vErrors;
  return errors === 0;
}
validate142.evaluated = { props: { project: true }, dynamicProps: false, dynamicItems: false };

export const createWebhook_params = validate143;
const schema238 = {
  type: 'object',
  properties: { project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' } },
  required: ['project'],
};

function validate143(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate143.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/project',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/project',
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
  validate143.errors = vErrors;
  return errors === 0;
}
validate143.evaluated = { props: { project: true }, dynamicProps: false, dynamicItems: false };

export const createWebhook_body = validate144;
const schema240 = { $ref: 'https://ff.dev/openapi.json#/$defs/WebhookCreate' };
const schema241 = {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'url', 'events'],
  properties: {
    key: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    url: { type: 'string', format: 'uri', pattern: '^https?://', maxLength: 2000 },
    events: {
      type: 'array',
      minItems: 1,
      maxItems: 20,
      uniqueItems: true,
      items: { $ref: 'https://ff.dev/openapi.json#/$defs/WebhookEvent' },
    },
    format: { type: 'string', enum: ['json', 'slack'], default: 'json' },
    enabled: { type: 'boolean', default: true },
    secret: {
      type: 'string',
      minLength: 16,
      maxLength: 200,
      description: 'Generated (`whsec_` and 43 characters) when left out.',
    },
  },
};
const schema243 = {
  type: 'string',
  description:
    '`flag.changed`: a flag or its configuration in an environment changed (created, updated,\narchived, deleted, a configuration written, reverted, copied). `flag.killed`: a configuration\nturned off (the kill switch). `experiment.transition`: an experiment launched, paused, stopped or\narchived. `schedule.executed`: a scheduled step changed a configuration. `schedule.failed`: a\nschedule stopped on a step it could not apply. `change_request.opened` / `change_request.decided`:\na change request was created / approved, rejected or expired. `ping`: `ff webhooks test`.\n',
  enum: [
    'flag.changed',
    'flag.killed',
    'experiment.transition',
    'schedule.executed',
    'schedule.failed',
    'change_request.opened',
    'change_request.decided',
    'ping',
  ],
};
const pattern83 = new RegExp('^https?://', 'u');
const formats22 = require('ajv-formats/dist/formats').fullFormats.uri;
const func0 = require('ajv/dist/runtime/equal').default;

function validate145(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate145.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.format === undefined) {
      data.format = 'json';
    }
    if (data.enabled === undefined) {
      data.enabled = true;
    }
    if (data.key === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'key' },
        message: "must have required property '" + 'key' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.url === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'url' },
        message: "must have required property '" + 'url' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.events === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'events' },
        message: "must have required property '" + 'events' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'key' ||
        key0 === 'url' ||
        key0 === 'events' ||
        key0 === 'format' ||
        key0 === 'enabled' ||
        key0 === 'secret'
      )) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.key !== undefined) {
      let data0 = data.key;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err4 = {
            instancePath: instancePath + '/key',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/key',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
    if (data.url !== undefined) {
      let data1 = data.url;
      if (typeof data1 === 'string') {
        if (func1(data1) > 2000) {
          const err6 = {
            instancePath: instancePath + '/url',
            schemaPath: '#/properties/url/maxLength',
            keyword: 'maxLength',
            params: { limit: 2000 },
            message: 'must NOT have more than 2000 characters',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern83.test(data1)) {
          const err7 = {
            instancePath: instancePath + '/url',
            schemaPath: '#/properties/url/pattern',
            keyword: 'pattern',
            params: { pattern: '^https?://' },
            message: 'must match pattern "' + '^https?://' + '"',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!formats22(data1)) {
          const err8 = {
            instancePath: instancePath + '/url',
            schemaPath: '#/properties/url/format',
            keyword: 'format',
            params: { format: 'uri' },
            message: 'must match format "' + 'uri' + '"',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/url',
          schemaPath: '#/properties/url/type',
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
    if (data.events !== undefined) {
      let data2 = data.events;
      if (Array.isArray(data2)) {
        if (data2.length > 20) {
          const err10 = {
            instancePath: instancePath + '/events',
            schemaPath: '#/properties/events/maxItems',
            keyword: 'maxItems',
            params: { limit: 20 },
            message: 'must NOT have more than 20 items',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data2.length < 1) {
          const err11 = {
            instancePath: instancePath + '/events',
            schemaPath: '#/properties/events/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 !== 'string') {
            const err12 = {
              instancePath: instancePath + '/events/' + i0,
              schemaPath: 'https://ff.dev/openapi.json#/$defs/WebhookEvent/type',
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
          if (!(
            data3 === 'flag.changed' ||
            data3 === 'flag.killed' ||
            data3 === 'experiment.transition' ||
            data3 === 'schedule.executed' ||
            data3 === 'schedule.failed' ||
            data3 === 'change_request.opened' ||
            data3 === 'change_request.decided' ||
            data3 === 'ping'
          )) {
            const err13 = {
              instancePath: instancePath + '/events/' + i0,
              schemaPath: 'https://ff.dev/openapi.json#/$defs/WebhookEvent/enum',
              keyword: 'enum',
              params: { allowedValues: schema243.enum },
              message: 'must be equal to one of the allowed values',
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        let i1 = data2.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
              if (func0(data2[i1], data2[j0])) {
                const err14 = {
                  instancePath: instancePath + '/events',
                  schemaPath: '#/properties/events/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i1, j: j0 },
                  message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
                };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err15 = {
          instancePath: instancePath + '/events',
          schemaPath: '#/properties/events/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    let data4 = data.format;
    if (typeof data4 !== 'string') {
      const err16 = {
        instancePath: instancePath + '/format',
        schemaPath: '#/properties/format/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    if (!(data4 === 'json' || data4 === 'slack')) {
      const err17 = {
        instancePath: instancePath + '/format',
        schemaPath: '#/properties/format/enum',
        keyword: 'enum',
        params: { allowedValues: schema241.properties.format.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err17];
      } else {
        vErrors.push(err17);
      }
      errors++;
    }
    if (typeof data.enabled !== 'boolean') {
      const err18 = {
        instancePath: instancePath + '/enabled',
        schemaPath: '#/properties/enabled/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    }
    if (data.secret !== undefined) {
      let data6 = data.secret;
      if (typeof data6 === 'string') {
        if (func1(data6) > 200) {
          const err19 = {
            instancePath: instancePath + '/secret',
            schemaPath: '#/properties/secret/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (func1(data6) < 16) {
          const err20 = {
            instancePath: instancePath + '/secret',
            schemaPath: '#/properties/secret/minLength',
            keyword: 'minLength',
            params: { limit: 16 },
            message: 'must NOT have fewer than 16 characters',
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = {
          instancePath: instancePath + '/secret',
          schemaPath: '#/properties/secret/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
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
  validate145.errors = vErrors;
  return errors === 0;
}
validate145.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate144(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate144.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate145(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate145.errors : vErrors.concat(validate145.errors);
    errors = vErrors.length;
  }
  validate144.errors = vErrors;
  return errors === 0;
}
validate144.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const getWebhook_params = validate147;
const schema244 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    webhook: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'webhook'],
};

function validate147(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate147.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.webhook === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'webhook' },
        message: "must have required property '" + 'webhook' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.webhook !== undefined) {
      let data1 = data.webhook;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/webhook',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/webhook',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate147.errors = vErrors;
  return errors === 0;
}
validate147.evaluated = { props: { project: true, webhook: true }, dynamicProps: false, dynamicItems: false };

export const updateWebhook_params = validate148;
const schema247 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    webhook: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'webhook'],
};

function validate148(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate148.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.webhook === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'webhook' },
        message: "must have required property '" + 'webhook' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.webhook !== undefined) {
      let data1 = data.webhook;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/webhook',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/webhook',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate148.errors = vErrors;
  return errors === 0;
}
validate148.evaluated = { props: { project: true, webhook: true }, dynamicProps: false, dynamicItems: false };

export const updateWebhook_headers = validate149;
const schema250 = { type: 'object', properties: { 'if-match': { type: 'string', maxLength: 100 } } };

function validate149(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate149.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data['if-match'] !== undefined) {
      let data0 = data['if-match'];
      if (typeof data0 === 'string') {
        if (func1(data0) > 100) {
          const err0 = {
            instancePath: instancePath + '/if-match',
            schemaPath: '#/properties/if-match/maxLength',
            keyword: 'maxLength',
            params: { limit: 100 },
            message: 'must NOT have more than 100 characters',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/if-match',
          schemaPath: '#/properties/if-match/type',
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
  validate149.errors = vErrors;
  return errors === 0;
}
validate149.evaluated = { props: { 'if-match': true }, dynamicProps: false, dynamicItems: false };

export const updateWebhook_body = validate150;
const schema251 = { $ref: 'https://ff.dev/openapi.json#/$defs/WebhookUpdate' };
const schema252 = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    url: { type: 'string', format: 'uri', pattern: '^https?://', maxLength: 2000 },
    events: {
      type: 'array',
      minItems: 1,
      maxItems: 20,
      uniqueItems: true,
      items: { $ref: 'https://ff.dev/openapi.json#/$defs/WebhookEvent' },
    },
    format: { type: 'string', enum: ['json', 'slack'] },
    enabled: { type: 'boolean' },
    secret: { type: 'string', minLength: 16, maxLength: 200 },
  },
};

function validate151(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate151.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = {
        instancePath,
        schemaPath: '#/minProperties',
        keyword: 'minProperties',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 properties',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'url' ||
        key0 === 'events' ||
        key0 === 'format' ||
        key0 === 'enabled' ||
        key0 === 'secret'
      )) {
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
    if (data.url !== undefined) {
      let data0 = data.url;
      if (typeof data0 === 'string') {
        if (func1(data0) > 2000) {
          const err2 = {
            instancePath: instancePath + '/url',
            schemaPath: '#/properties/url/maxLength',
            keyword: 'maxLength',
            params: { limit: 2000 },
            message: 'must NOT have more than 2000 characters',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern83.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/url',
            schemaPath: '#/properties/url/pattern',
            keyword: 'pattern',
            params: { pattern: '^https?://' },
            message: 'must match pattern "' + '^https?://' + '"',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!formats22(data0)) {
          const err4 = {
            instancePath: instancePath + '/url',
            schemaPath: '#/properties/url/format',
            keyword: 'format',
            params: { format: 'uri' },
            message: 'must match format "' + 'uri' + '"',
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
          instancePath: instancePath + '/url',
          schemaPath: '#/properties/url/type',
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
    if (data.events !== undefined) {
      let data1 = data.events;
      if (Array.isArray(data1)) {
        if (data1.length > 20) {
          const err6 = {
            instancePath: instancePath + '/events',
            schemaPath: '#/properties/events/maxItems',
            keyword: 'maxItems',
            params: { limit: 20 },
            message: 'must NOT have more than 20 items',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1.length < 1) {
          const err7 = {
            instancePath: instancePath + '/events',
            schemaPath: '#/properties/events/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 !== 'string') {
            const err8 = {
              instancePath: instancePath + '/events/' + i0,
              schemaPath: 'https://ff.dev/openapi.json#/$defs/WebhookEvent/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          if (!(
            data2 === 'flag.changed' ||
            data2 === 'flag.killed' ||
            data2 === 'experiment.transition' ||
            data2 === 'schedule.executed' ||
            data2 === 'schedule.failed' ||
            data2 === 'change_request.opened' ||
            data2 === 'change_request.decided' ||
            data2 === 'ping'
          )) {
            const err9 = {
              instancePath: instancePath + '/events/' + i0,
              schemaPath: 'https://ff.dev/openapi.json#/$defs/WebhookEvent/enum',
              keyword: 'enum',
              params: { allowedValues: schema243.enum },
              message: 'must be equal to one of the allowed values',
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        let i1 = data1.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
              if (func0(data1[i1], data1[j0])) {
                const err10 = {
                  instancePath: instancePath + '/events',
                  schemaPath: '#/properties/events/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i1, j: j0 },
                  message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
                };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/events',
          schemaPath: '#/properties/events/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.format !== undefined) {
      let data3 = data.format;
      if (typeof data3 !== 'string') {
        const err12 = {
          instancePath: instancePath + '/format',
          schemaPath: '#/properties/format/type',
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
      if (!(data3 === 'json' || data3 === 'slack')) {
        const err13 = {
          instancePath: instancePath + '/format',
          schemaPath: '#/properties/format/enum',
          keyword: 'enum',
          params: { allowedValues: schema252.properties.format.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.enabled !== undefined) {
      if (typeof data.enabled !== 'boolean') {
        const err14 = {
          instancePath: instancePath + '/enabled',
          schemaPath: '#/properties/enabled/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.secret !== undefined) {
      let data5 = data.secret;
      if (typeof data5 === 'string') {
        if (func1(data5) > 200) {
          const err15 = {
            instancePath: instancePath + '/secret',
            schemaPath: '#/properties/secret/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (func1(data5) < 16) {
          const err16 = {
            instancePath: instancePath + '/secret',
            schemaPath: '#/properties/secret/minLength',
            keyword: 'minLength',
            params: { limit: 16 },
            message: 'must NOT have fewer than 16 characters',
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = {
          instancePath: instancePath + '/secret',
          schemaPath: '#/properties/secret/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate151.errors = vErrors;
  return errors === 0;
}
validate151.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate150(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate150.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate151(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate151.errors : vErrors.concat(validate151.errors);
    errors = vErrors.length;
  }
  validate150.errors = vErrors;
  return errors === 0;
}
validate150.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const deleteWebhook_params = validate153;
const schema254 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    webhook: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'webhook'],
};

function validate153(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate153.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.webhook === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'webhook' },
        message: "must have required property '" + 'webhook' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.webhook !== undefined) {
      let data1 = data.webhook;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/webhook',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/webhook',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate153.errors = vErrors;
  return errors === 0;
}
validate153.evaluated = { props: { project: true, webhook: true }, dynamicProps: false, dynamicItems: false };

export const deleteWebhook_headers = validate154;
const schema257 = { type: 'object', properties: { 'if-match': { type: 'string', maxLength: 100 } } };

function validate154(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate154.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data['if-match'] !== undefined) {
      let data0 = data['if-match'];
      if (typeof data0 === 'string') {
        if (func1(data0) > 100) {
          const err0 = {
            instancePath: instancePath + '/if-match',
            schemaPath: '#/properties/if-match/maxLength',
            keyword: 'maxLength',
            params: { limit: 100 },
            message: 'must NOT have more than 100 characters',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/if-match',
          schemaPath: '#/properties/if-match/type',
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
  validate154.errors = vErrors;
  return errors === 0;
}
validate154.evaluated = { props: { 'if-match': true }, dynamicProps: false, dynamicItems: false };

export const testWebhook_params = validate155;
const schema258 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    webhook: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'webhook'],
};

function validate155(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate155.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.webhook === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'webhook' },
        message: "must have required property '" + 'webhook' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.webhook !== undefined) {
      let data1 = data.webhook;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/webhook',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/webhook',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate155.errors = vErrors;
  return errors === 0;
}
validate155.evaluated = { props: { project: true, webhook: true }, dynamicProps: false, dynamicItems: false };

export const listWebhookDeliveries_params = validate156;
const schema261 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    webhook: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'webhook'],
};

function validate156(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate156.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.webhook === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'webhook' },
        message: "must have required property '" + 'webhook' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.webhook !== undefined) {
      let data1 = data.webhook;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/webhook',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/webhook',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate156.errors = vErrors;
  return errors === 0;
}
validate156.evaluated = { props: { project: true, webhook: true }, dynamicProps: false, dynamicItems: false };

export const redeliverWebhookDelivery_params = validate157;
const schema264 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    webhook: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    delivery: { type: 'string', pattern: '^[1-9][0-9]{0,17}$' },
  },
  required: ['project', 'webhook', 'delivery'],
};
const pattern97 = new RegExp('^[1-9][0-9]{0,17}$', 'u');

function validate157(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate157.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.webhook === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'webhook' },
        message: "must have required property '" + 'webhook' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.delivery === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'delivery' },
        message: "must have required property '" + 'delivery' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err4 = {
          instancePath: instancePath + '/project',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
    if (data.webhook !== undefined) {
      let data1 = data.webhook;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err5 = {
            instancePath: instancePath + '/webhook',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/webhook',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
    if (data.delivery !== undefined) {
      let data2 = data.delivery;
      if (typeof data2 === 'string') {
        if (!pattern97.test(data2)) {
          const err7 = {
            instancePath: instancePath + '/delivery',
            schemaPath: '#/properties/delivery/pattern',
            keyword: 'pattern',
            params: { pattern: '^[1-9][0-9]{0,17}$' },
            message: 'must match pattern "' + '^[1-9][0-9]{0,17}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/delivery',
          schemaPath: '#/properties/delivery/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
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
  validate157.errors = vErrors;
  return errors === 0;
}
validate157.evaluated = {
  props: { project: true, webhook: true, delivery: true },
  dynamicProps: false,
  dynamicItems: false,
};

export const getApprovalSettings_params = validate158;
const schema267 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    env: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'env'],
};

function validate158(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate158.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.env === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'env' },
        message: "must have required property '" + 'env' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.env !== undefined) {
      let data1 = data.env;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/env',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/env',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate158.errors = vErrors;
  return errors === 0;
}
validate158.evaluated = { props: { project: true, env: true }, dynamicProps: false, dynamicItems: false };

export const putApprovalSettings_params = validate159;
const schema270 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    env: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'env'],
};

function validate159(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate159.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.env === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'env' },
        message: "must have required property '" + 'env' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.env !== undefined) {
      let data1 = data.env;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/env',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/env',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate159.errors = vErrors;
  return errors === 0;
}
validate159.evaluated = { props: { project: true, env: true }, dynamicProps: false, dynamicItems: false };

export const putApprovalSettings_body = validate160;
const schema273 = { $ref: 'https://ff.dev/openapi.json#/$defs/ApprovalSettings' };
const schema274 = {
  type: 'object',
  additionalProperties: false,
  required: ['requiresApproval', 'requiresComment'],
  properties: { requiresApproval: { type: 'boolean' }, requiresComment: { type: 'boolean' } },
};

function validate160(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate160.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.requiresApproval === undefined) {
      const err0 = {
        instancePath,
        schemaPath: 'https://ff.dev/openapi.json#/$defs/ApprovalSettings/required',
        keyword: 'required',
        params: { missingProperty: 'requiresApproval' },
        message: "must have required property '" + 'requiresApproval' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.requiresComment === undefined) {
      const err1 = {
        instancePath,
        schemaPath: 'https://ff.dev/openapi.json#/$defs/ApprovalSettings/required',
        keyword: 'required',
        params: { missingProperty: 'requiresComment' },
        message: "must have required property '" + 'requiresComment' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'requiresApproval' || key0 === 'requiresComment')) {
        const err2 = {
          instancePath,
          schemaPath: 'https://ff.dev/openapi.json#/$defs/ApprovalSettings/additionalProperties',
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
    if (data.requiresApproval !== undefined) {
      if (typeof data.requiresApproval !== 'boolean') {
        const err3 = {
          instancePath: instancePath + '/requiresApproval',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/ApprovalSettings/properties/requiresApproval/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.requiresComment !== undefined) {
      if (typeof data.requiresComment !== 'boolean') {
        const err4 = {
          instancePath: instancePath + '/requiresComment',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/ApprovalSettings/properties/requiresComment/type',
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
  } else {
    const err5 = {
      instancePath,
      schemaPath: 'https://ff.dev/openapi.json#/$defs/ApprovalSettings/type',
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
  validate160.errors = vErrors;
  return errors === 0;
}
validate160.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const listChangeRequests_params = validate161;
const schema275 = {
  type: 'object',
  properties: { project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' } },
  required: ['project'],
};

function validate161(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate161.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/project',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/project',
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
  validate161.errors = vErrors;
  return errors === 0;
}
validate161.evaluated = { props: { project: true }, dynamicProps: false, dynamicItems: false };

export const createChangeRequest_params = validate162;
const schema277 = {
  type: 'object',
  properties: { project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' } },
  required: ['project'],
};

function validate162(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate162.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/project',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/project',
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
  validate162.errors = vErrors;
  return errors === 0;
}
validate162.evaluated = { props: { project: true }, dynamicProps: false, dynamicItems: false };

export const createChangeRequest_body = validate163;
const schema279 = { $ref: 'https://ff.dev/openapi.json#/$defs/ChangeRequestCreate' };
const schema280 = {
  type: 'object',
  additionalProperties: false,
  required: ['flag', 'environment', 'actions'],
  properties: {
    flag: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    environment: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    comment: { $ref: 'https://ff.dev/openapi.json#/$defs/Comment' },
    actions: {
      type: 'array',
      minItems: 1,
      maxItems: 100,
      items: { $ref: 'https://ff.dev/openapi.json#/$defs/FlagConfigAction' },
    },
  },
};

function validate164(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate164.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.flag === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'flag' },
        message: "must have required property '" + 'flag' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.environment === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'environment' },
        message: "must have required property '" + 'environment' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.actions === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'actions' },
        message: "must have required property '" + 'actions' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'flag' || key0 === 'environment' || key0 === 'comment' || key0 === 'actions')) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.flag !== undefined) {
      let data0 = data.flag;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
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
      } else {
        const err5 = {
          instancePath: instancePath + '/flag',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
    if (data.environment !== undefined) {
      let data1 = data.environment;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err6 = {
            instancePath: instancePath + '/environment',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
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
    if (data.comment !== undefined) {
      let data2 = data.comment;
      if (typeof data2 === 'string') {
        if (func1(data2) > 1000) {
          const err8 = {
            instancePath: instancePath + '/comment',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Comment/maxLength',
            keyword: 'maxLength',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 characters',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/comment',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Comment/type',
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
    if (data.actions !== undefined) {
      let data3 = data.actions;
      if (Array.isArray(data3)) {
        if (data3.length > 100) {
          const err10 = {
            instancePath: instancePath + '/actions',
            schemaPath: '#/properties/actions/maxItems',
            keyword: 'maxItems',
            params: { limit: 100 },
            message: 'must NOT have more than 100 items',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data3.length < 1) {
          const err11 = {
            instancePath: instancePath + '/actions',
            schemaPath: '#/properties/actions/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate113(data3[i0], {
              instancePath: instancePath + '/actions/' + i0,
              parentData: data3,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/actions',
          schemaPath: '#/properties/actions/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate164.errors = vErrors;
  return errors === 0;
}
validate164.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate163(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate163.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate164(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
    errors = vErrors.length;
  }
  validate163.errors = vErrors;
  return errors === 0;
}
validate163.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const getChangeRequest_params = validate167;
const schema284 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    changeRequest: { type: 'string', format: 'uuid' },
  },
  required: ['project', 'changeRequest'],
};

function validate167(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate167.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.changeRequest === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'changeRequest' },
        message: "must have required property '" + 'changeRequest' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.changeRequest !== undefined) {
      let data1 = data.changeRequest;
      if (typeof data1 === 'string') {
        if (!formats2.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/changeRequest',
            schemaPath: '#/properties/changeRequest/format',
            keyword: 'format',
            params: { format: 'uuid' },
            message: 'must match format "' + 'uuid' + '"',
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
          instancePath: instancePath + '/changeRequest',
          schemaPath: '#/properties/changeRequest/type',
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
  validate167.errors = vErrors;
  return errors === 0;
}
validate167.evaluated = {
  props: { project: true, changeRequest: true },
  dynamicProps: false,
  dynamicItems: false,
};

export const decideChangeRequest_params = validate168;
const schema286 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    changeRequest: { type: 'string', format: 'uuid' },
    decision: { type: 'string', enum: ['approve', 'reject'] },
  },
  required: ['project', 'changeRequest', 'decision'],
};

function validate168(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate168.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.changeRequest === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'changeRequest' },
        message: "must have required property '" + 'changeRequest' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.decision === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'decision' },
        message: "must have required property '" + 'decision' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err4 = {
          instancePath: instancePath + '/project',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
    if (data.changeRequest !== undefined) {
      let data1 = data.changeRequest;
      if (typeof data1 === 'string') {
        if (!formats2.test(data1)) {
          const err5 = {
            instancePath: instancePath + '/changeRequest',
            schemaPath: '#/properties/changeRequest/format',
            keyword: 'format',
            params: { format: 'uuid' },
            message: 'must match format "' + 'uuid' + '"',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/changeRequest',
          schemaPath: '#/properties/changeRequest/type',
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
    if (data.decision !== undefined) {
      let data2 = data.decision;
      if (typeof data2 !== 'string') {
        const err7 = {
          instancePath: instancePath + '/decision',
          schemaPath: '#/properties/decision/type',
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
      if (!(data2 === 'approve' || data2 === 'reject')) {
        const err8 = {
          instancePath: instancePath + '/decision',
          schemaPath: '#/properties/decision/enum',
          keyword: 'enum',
          params: { allowedValues: schema286.properties.decision.enum },
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
  validate168.errors = vErrors;
  return errors === 0;
}
validate168.evaluated = {
  props: { project: true, changeRequest: true, decision: true },
  dynamicProps: false,
  dynamicItems: false,
};

export const decideChangeRequest_body = validate169;
const schema288 = {
  type: 'object',
  additionalProperties: false,
  properties: { comment: { $ref: 'https://ff.dev/openapi.json#/$defs/Comment' } },
};

function validate169(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate169.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === 'comment')) {
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
    if (data.comment !== undefined) {
      let data0 = data.comment;
      if (typeof data0 === 'string') {
        if (func1(data0) > 1000) {
          const err1 = {
            instancePath: instancePath + '/comment',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Comment/maxLength',
            keyword: 'maxLength',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 characters',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/comment',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Comment/type',
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
  validate169.errors = vErrors;
  return errors === 0;
}
validate169.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const listSegments_params = validate170;
const schema290 = {
  type: 'object',
  properties: { project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' } },
  required: ['project'],
};

function validate170(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate170.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/project',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/project',
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
  validate170.errors = vErrors;
  return errors === 0;
}
validate170.evaluated = { props: { project: true }, dynamicProps: false, dynamicItems: false };

export const createSegment_params = validate171;
const schema292 = {
  type: 'object',
  properties: { project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' } },
  required: ['project'],
};

function validate171(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate171.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/project',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/project',
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
  validate171.errors = vErrors;
  return errors === 0;
}
validate171.evaluated = { props: { project: true }, dynamicProps: false, dynamicItems: false };

export const createSegment_body = validate172;
const schema294 = { $ref: 'https://ff.dev/openapi.json#/$defs/SegmentCreate' };
const schema295 = {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'name'],
  properties: {
    key: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    name: { $ref: 'https://ff.dev/openapi.json#/$defs/Name' },
    description: { $ref: 'https://ff.dev/openapi.json#/$defs/Description' },
    rules: {
      type: 'array',
      maxItems: 100,
      items: { $ref: 'https://ff.dev/openapi.json#/$defs/SegmentRule' },
    },
    included: { type: 'array', maxItems: 10000, items: { type: 'string', minLength: 1, maxLength: 512 } },
    excluded: { type: 'array', maxItems: 10000, items: { type: 'string', minLength: 1, maxLength: 512 } },
  },
};
const schema299 = {
  type: 'object',
  additionalProperties: false,
  required: ['clauses'],
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 128 },
    clauses: { type: 'array', maxItems: 100, items: { $ref: 'https://ff.dev/openapi.json#/$defs/Clause' } },
  },
};

function validate174(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate174.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.clauses === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'clauses' },
        message: "must have required property '" + 'clauses' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'id' || key0 === 'clauses')) {
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
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === 'string') {
        if (func1(data0) > 128) {
          const err2 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/properties/id/maxLength',
            keyword: 'maxLength',
            params: { limit: 128 },
            message: 'must NOT have more than 128 characters',
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
            instancePath: instancePath + '/id',
            schemaPath: '#/properties/id/minLength',
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
      } else {
        const err4 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
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
    if (data.clauses !== undefined) {
      let data1 = data.clauses;
      if (Array.isArray(data1)) {
        if (data1.length > 100) {
          const err5 = {
            instancePath: instancePath + '/clauses',
            schemaPath: '#/properties/clauses/maxItems',
            keyword: 'maxItems',
            params: { limit: 100 },
            message: 'must NOT have more than 100 items',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate100(data1[i0], {
              instancePath: instancePath + '/clauses/' + i0,
              parentData: data1,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/clauses',
          schemaPath: '#/properties/clauses/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
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
  validate174.errors = vErrors;
  return errors === 0;
}
validate174.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate173(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate173.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.key === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'key' },
        message: "must have required property '" + 'key' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property '" + 'name' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'key' ||
        key0 === 'name' ||
        key0 === 'description' ||
        key0 === 'rules' ||
        key0 === 'included' ||
        key0 === 'excluded'
      )) {
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
    if (data.key !== undefined) {
      let data0 = data.key;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/key',
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
      } else {
        const err4 = {
          instancePath: instancePath + '/key',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
    if (data.name !== undefined) {
      let data1 = data.name;
      if (typeof data1 === 'string') {
        if (func1(data1) > 200) {
          const err5 = {
            instancePath: instancePath + '/name',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Name/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
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
            instancePath: instancePath + '/name',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Name/minLength',
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
      } else {
        const err7 = {
          instancePath: instancePath + '/name',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Name/type',
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
    if (data.description !== undefined) {
      let data2 = data.description;
      if (typeof data2 === 'string') {
        if (func1(data2) > 2000) {
          const err8 = {
            instancePath: instancePath + '/description',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Description/maxLength',
            keyword: 'maxLength',
            params: { limit: 2000 },
            message: 'must NOT have more than 2000 characters',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/description',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Description/type',
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
    if (data.rules !== undefined) {
      let data3 = data.rules;
      if (Array.isArray(data3)) {
        if (data3.length > 100) {
          const err10 = {
            instancePath: instancePath + '/rules',
            schemaPath: '#/properties/rules/maxItems',
            keyword: 'maxItems',
            params: { limit: 100 },
            message: 'must NOT have more than 100 items',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate174(data3[i0], {
              instancePath: instancePath + '/rules/' + i0,
              parentData: data3,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate174.errors : vErrors.concat(validate174.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/rules',
          schemaPath: '#/properties/rules/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.included !== undefined) {
      let data5 = data.included;
      if (Array.isArray(data5)) {
        if (data5.length > 10000) {
          const err12 = {
            instancePath: instancePath + '/included',
            schemaPath: '#/properties/included/maxItems',
            keyword: 'maxItems',
            params: { limit: 10000 },
            message: 'must NOT have more than 10000 items',
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        const len1 = data5.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data6 = data5[i1];
          if (typeof data6 === 'string') {
            if (func1(data6) > 512) {
              const err13 = {
                instancePath: instancePath + '/included/' + i1,
                schemaPath: '#/properties/included/items/maxLength',
                keyword: 'maxLength',
                params: { limit: 512 },
                message: 'must NOT have more than 512 characters',
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (func1(data6) < 1) {
              const err14 = {
                instancePath: instancePath + '/included/' + i1,
                schemaPath: '#/properties/included/items/minLength',
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
          } else {
            const err15 = {
              instancePath: instancePath + '/included/' + i1,
              schemaPath: '#/properties/included/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = {
          instancePath: instancePath + '/included',
          schemaPath: '#/properties/included/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.excluded !== undefined) {
      let data7 = data.excluded;
      if (Array.isArray(data7)) {
        if (data7.length > 10000) {
          const err17 = {
            instancePath: instancePath + '/excluded',
            schemaPath: '#/properties/excluded/maxItems',
            keyword: 'maxItems',
            params: { limit: 10000 },
            message: 'must NOT have more than 10000 items',
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        const len2 = data7.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data8 = data7[i2];
          if (typeof data8 === 'string') {
            if (func1(data8) > 512) {
              const err18 = {
                instancePath: instancePath + '/excluded/' + i2,
                schemaPath: '#/properties/excluded/items/maxLength',
                keyword: 'maxLength',
                params: { limit: 512 },
                message: 'must NOT have more than 512 characters',
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (func1(data8) < 1) {
              const err19 = {
                instancePath: instancePath + '/excluded/' + i2,
                schemaPath: '#/properties/excluded/items/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
              };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = {
              instancePath: instancePath + '/excluded/' + i2,
              schemaPath: '#/properties/excluded/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = {
          instancePath: instancePath + '/excluded',
          schemaPath: '#/properties/excluded/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
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
  validate173.errors = vErrors;
  return errors === 0;
}
validate173.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate172(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate172.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate173(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate173.errors : vErrors.concat(validate173.errors);
    errors = vErrors.length;
  }
  validate172.errors = vErrors;
  return errors === 0;
}
validate172.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const getSegment_params = validate178;
const schema300 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    segment: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'segment'],
};

function validate178(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate178.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.segment === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'segment' },
        message: "must have required property '" + 'segment' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.segment !== undefined) {
      let data1 = data.segment;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/segment',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/segment',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate178.errors = vErrors;
  return errors === 0;
}
validate178.evaluated = { props: { project: true, segment: true }, dynamicProps: false, dynamicItems: false };

export const updateSegment_params = validate179;
const schema303 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    segment: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'segment'],
};

function validate179(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate179.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.segment === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'segment' },
        message: "must have required property '" + 'segment' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.segment !== undefined) {
      let data1 = data.segment;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/segment',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/segment',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate179.errors = vErrors;
  return errors === 0;
}
validate179.evaluated = { props: { project: true, segment: true }, dynamicProps: false, dynamicItems: false };

export const updateSegment_headers = validate180;
const schema306 = { type: 'object', properties: { 'if-match': { type: 'string', maxLength: 100 } } };

function validate180(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate180.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data['if-match'] !== undefined) {
      let data0 = data['if-match'];
      if (typeof data0 === 'string') {
        if (func1(data0) > 100) {
          const err0 = {
            instancePath: instancePath + '/if-match',
            schemaPath: '#/properties/if-match/maxLength',
            keyword: 'maxLength',
            params: { limit: 100 },
            message: 'must NOT have more than 100 characters',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/if-match',
          schemaPath: '#/properties/if-match/type',
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
  validate180.errors = vErrors;
  return errors === 0;
}
validate180.evaluated = { props: { 'if-match': true }, dynamicProps: false, dynamicItems: false };

export const updateSegment_body = validate181;
const schema307 = { $ref: 'https://ff.dev/openapi.json#/$defs/SegmentUpdate' };
const schema308 = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    name: { $ref: 'https://ff.dev/openapi.json#/$defs/Name' },
    description: { $ref: 'https://ff.dev/openapi.json#/$defs/Description' },
    rules: {
      type: 'array',
      maxItems: 100,
      items: { $ref: 'https://ff.dev/openapi.json#/$defs/SegmentRule' },
    },
    comment: { $ref: 'https://ff.dev/openapi.json#/$defs/Comment' },
  },
};

function validate182(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate182.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = {
        instancePath,
        schemaPath: '#/minProperties',
        keyword: 'minProperties',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 properties',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'name' || key0 === 'description' || key0 === 'rules' || key0 === 'comment')) {
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
    if (data.name !== undefined) {
      let data0 = data.name;
      if (typeof data0 === 'string') {
        if (func1(data0) > 200) {
          const err2 = {
            instancePath: instancePath + '/name',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Name/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
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
            instancePath: instancePath + '/name',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Name/minLength',
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
      } else {
        const err4 = {
          instancePath: instancePath + '/name',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Name/type',
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
    if (data.description !== undefined) {
      let data1 = data.description;
      if (typeof data1 === 'string') {
        if (func1(data1) > 2000) {
          const err5 = {
            instancePath: instancePath + '/description',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Description/maxLength',
            keyword: 'maxLength',
            params: { limit: 2000 },
            message: 'must NOT have more than 2000 characters',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/description',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Description/type',
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
    if (data.rules !== undefined) {
      let data2 = data.rules;
      if (Array.isArray(data2)) {
        if (data2.length > 100) {
          const err7 = {
            instancePath: instancePath + '/rules',
            schemaPath: '#/properties/rules/maxItems',
            keyword: 'maxItems',
            params: { limit: 100 },
            message: 'must NOT have more than 100 items',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate174(data2[i0], {
              instancePath: instancePath + '/rules/' + i0,
              parentData: data2,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate174.errors : vErrors.concat(validate174.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/rules',
          schemaPath: '#/properties/rules/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.comment !== undefined) {
      let data4 = data.comment;
      if (typeof data4 === 'string') {
        if (func1(data4) > 1000) {
          const err9 = {
            instancePath: instancePath + '/comment',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Comment/maxLength',
            keyword: 'maxLength',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 characters',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/comment',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Comment/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate182.errors = vErrors;
  return errors === 0;
}
validate182.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate181(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate181.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate182(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate182.errors : vErrors.concat(validate182.errors);
    errors = vErrors.length;
  }
  validate181.errors = vErrors;
  return errors === 0;
}
validate181.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const deleteSegment_params = validate185;
const schema312 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    segment: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'segment'],
};

function validate185(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate185.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.segment === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'segment' },
        message: "must have required property '" + 'segment' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.segment !== undefined) {
      let data1 = data.segment;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/segment',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/segment',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate185.errors = vErrors;
  return errors === 0;
}
validate185.evaluated = { props: { project: true, segment: true }, dynamicProps: false, dynamicItems: false };

export const deleteSegment_headers = validate186;
const schema315 = { type: 'object', properties: { 'if-match': { type: 'string', maxLength: 100 } } };

function validate186(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate186.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data['if-match'] !== undefined) {
      let data0 = data['if-match'];
      if (typeof data0 === 'string') {
        if (func1(data0) > 100) {
          const err0 = {
            instancePath: instancePath + '/if-match',
            schemaPath: '#/properties/if-match/maxLength',
            keyword: 'maxLength',
            params: { limit: 100 },
            message: 'must NOT have more than 100 characters',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/if-match',
          schemaPath: '#/properties/if-match/type',
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
  validate186.errors = vErrors;
  return errors === 0;
}
validate186.evaluated = { props: { 'if-match': true }, dynamicProps: false, dynamicItems: false };

export const listSegmentMembers_params = validate187;
const schema316 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    segment: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'segment'],
};

function validate187(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate187.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.segment === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'segment' },
        message: "must have required property '" + 'segment' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.segment !== undefined) {
      let data1 = data.segment;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/segment',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/segment',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate187.errors = vErrors;
  return errors === 0;
}
validate187.evaluated = { props: { project: true, segment: true }, dynamicProps: false, dynamicItems: false };

export const changeSegmentMembers_params = validate188;
const schema319 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    segment: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'segment'],
};

function validate188(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate188.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.segment === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'segment' },
        message: "must have required property '" + 'segment' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.segment !== undefined) {
      let data1 = data.segment;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/segment',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/segment',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate188.errors = vErrors;
  return errors === 0;
}
validate188.evaluated = { props: { project: true, segment: true }, dynamicProps: false, dynamicItems: false };

export const changeSegmentMembers_headers = validate189;
const schema322 = { type: 'object', properties: { 'if-match': { type: 'string', maxLength: 100 } } };

function validate189(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate189.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data['if-match'] !== undefined) {
      let data0 = data['if-match'];
      if (typeof data0 === 'string') {
        if (func1(data0) > 100) {
          const err0 = {
            instancePath: instancePath + '/if-match',
            schemaPath: '#/properties/if-match/maxLength',
            keyword: 'maxLength',
            params: { limit: 100 },
            message: 'must NOT have more than 100 characters',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/if-match',
          schemaPath: '#/properties/if-match/type',
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
  validate189.errors = vErrors;
  return errors === 0;
}
validate189.evaluated = { props: { 'if-match': true }, dynamicProps: false, dynamicItems: false };

export const changeSegmentMembers_body = validate190;
const schema323 = { $ref: 'https://ff.dev/openapi.json#/$defs/SegmentMembersChange' };
const schema324 = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    add: {
      type: 'object',
      additionalProperties: false,
      properties: {
        included: { type: 'array', maxItems: 10000, items: { type: 'string', minLength: 1, maxLength: 512 } },
        excluded: { type: 'array', maxItems: 10000, items: { type: 'string', minLength: 1, maxLength: 512 } },
      },
    },
    remove: {
      type: 'object',
      additionalProperties: false,
      properties: {
        included: { type: 'array', maxItems: 10000, items: { type: 'string', minLength: 1, maxLength: 512 } },
        excluded: { type: 'array', maxItems: 10000, items: { type: 'string', minLength: 1, maxLength: 512 } },
      },
    },
    comment: { $ref: 'https://ff.dev/openapi.json#/$defs/Comment' },
  },
};

function validate191(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate191.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = {
        instancePath,
        schemaPath: '#/minProperties',
        keyword: 'minProperties',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 properties',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'add' || key0 === 'remove' || key0 === 'comment')) {
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
    if (data.add !== undefined) {
      let data0 = data.add;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(key1 === 'included' || key1 === 'excluded')) {
            const err2 = {
              instancePath: instancePath + '/add',
              schemaPath: '#/properties/add/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
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
        if (data0.included !== undefined) {
          let data1 = data0.included;
          if (Array.isArray(data1)) {
            if (data1.length > 10000) {
              const err3 = {
                instancePath: instancePath + '/add/included',
                schemaPath: '#/properties/add/properties/included/maxItems',
                keyword: 'maxItems',
                params: { limit: 10000 },
                message: 'must NOT have more than 10000 items',
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data2 = data1[i0];
              if (typeof data2 === 'string') {
                if (func1(data2) > 512) {
                  const err4 = {
                    instancePath: instancePath + '/add/included/' + i0,
                    schemaPath: '#/properties/add/properties/included/items/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 512 },
                    message: 'must NOT have more than 512 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
                if (func1(data2) < 1) {
                  const err5 = {
                    instancePath: instancePath + '/add/included/' + i0,
                    schemaPath: '#/properties/add/properties/included/items/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
              } else {
                const err6 = {
                  instancePath: instancePath + '/add/included/' + i0,
                  schemaPath: '#/properties/add/properties/included/items/type',
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
          } else {
            const err7 = {
              instancePath: instancePath + '/add/included',
              schemaPath: '#/properties/add/properties/included/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data0.excluded !== undefined) {
          let data3 = data0.excluded;
          if (Array.isArray(data3)) {
            if (data3.length > 10000) {
              const err8 = {
                instancePath: instancePath + '/add/excluded',
                schemaPath: '#/properties/add/properties/excluded/maxItems',
                keyword: 'maxItems',
                params: { limit: 10000 },
                message: 'must NOT have more than 10000 items',
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            const len1 = data3.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data4 = data3[i1];
              if (typeof data4 === 'string') {
                if (func1(data4) > 512) {
                  const err9 = {
                    instancePath: instancePath + '/add/excluded/' + i1,
                    schemaPath: '#/properties/add/properties/excluded/items/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 512 },
                    message: 'must NOT have more than 512 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
                if (func1(data4) < 1) {
                  const err10 = {
                    instancePath: instancePath + '/add/excluded/' + i1,
                    schemaPath: '#/properties/add/properties/excluded/items/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = {
                  instancePath: instancePath + '/add/excluded/' + i1,
                  schemaPath: '#/properties/add/properties/excluded/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = {
              instancePath: instancePath + '/add/excluded',
              schemaPath: '#/properties/add/properties/excluded/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = {
          instancePath: instancePath + '/add',
          schemaPath: '#/properties/add/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.remove !== undefined) {
      let data5 = data.remove;
      if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
        for (const key2 in data5) {
          if (!(key2 === 'included' || key2 === 'excluded')) {
            const err14 = {
              instancePath: instancePath + '/remove',
              schemaPath: '#/properties/remove/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key2 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data5.included !== undefined) {
          let data6 = data5.included;
          if (Array.isArray(data6)) {
            if (data6.length > 10000) {
              const err15 = {
                instancePath: instancePath + '/remove/included',
                schemaPath: '#/properties/remove/properties/included/maxItems',
                keyword: 'maxItems',
                params: { limit: 10000 },
                message: 'must NOT have more than 10000 items',
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            const len2 = data6.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data7 = data6[i2];
              if (typeof data7 === 'string') {
                if (func1(data7) > 512) {
                  const err16 = {
                    instancePath: instancePath + '/remove/included/' + i2,
                    schemaPath: '#/properties/remove/properties/included/items/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 512 },
                    message: 'must NOT have more than 512 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
                if (func1(data7) < 1) {
                  const err17 = {
                    instancePath: instancePath + '/remove/included/' + i2,
                    schemaPath: '#/properties/remove/properties/included/items/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              } else {
                const err18 = {
                  instancePath: instancePath + '/remove/included/' + i2,
                  schemaPath: '#/properties/remove/properties/included/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = {
              instancePath: instancePath + '/remove/included',
              schemaPath: '#/properties/remove/properties/included/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data5.excluded !== undefined) {
          let data8 = data5.excluded;
          if (Array.isArray(data8)) {
            if (data8.length > 10000) {
              const err20 = {
                instancePath: instancePath + '/remove/excluded',
                schemaPath: '#/properties/remove/properties/excluded/maxItems',
                keyword: 'maxItems',
                params: { limit: 10000 },
                message: 'must NOT have more than 10000 items',
              };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            const len3 = data8.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data9 = data8[i3];
              if (typeof data9 === 'string') {
                if (func1(data9) > 512) {
                  const err21 = {
                    instancePath: instancePath + '/remove/excluded/' + i3,
                    schemaPath: '#/properties/remove/properties/excluded/items/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 512 },
                    message: 'must NOT have more than 512 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
                if (func1(data9) < 1) {
                  const err22 = {
                    instancePath: instancePath + '/remove/excluded/' + i3,
                    schemaPath: '#/properties/remove/properties/excluded/items/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = {
                  instancePath: instancePath + '/remove/excluded/' + i3,
                  schemaPath: '#/properties/remove/properties/excluded/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = {
              instancePath: instancePath + '/remove/excluded',
              schemaPath: '#/properties/remove/properties/excluded/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = {
          instancePath: instancePath + '/remove',
          schemaPath: '#/properties/remove/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.comment !== undefined) {
      let data10 = data.comment;
      if (typeof data10 === 'string') {
        if (func1(data10) > 1000) {
          const err26 = {
            instancePath: instancePath + '/comment',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Comment/maxLength',
            keyword: 'maxLength',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 characters',
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = {
          instancePath: instancePath + '/comment',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Comment/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
  } else {
    const err28 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
  }
  validate191.errors = vErrors;
  return errors === 0;
}
validate191.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate190(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate190.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate191(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate191.errors : vErrors.concat(validate191.errors);
    errors = vErrors.length;
  }
  validate190.errors = vErrors;
  return errors === 0;
}
validate190.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const exportSegmentMembers_params = validate193;
const schema326 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    segment: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'segment'],
};

function validate193(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate193.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.segment === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'segment' },
        message: "must have required property '" + 'segment' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.segment !== undefined) {
      let data1 = data.segment;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/segment',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/segment',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate193.errors = vErrors;
  return errors === 0;
}
validate193.evaluated = { props: { project: true, segment: true }, dynamicProps: false, dynamicItems: false };

export const importSegmentMembers_params = validate194;
const schema329 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    segment: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'segment'],
};

function validate194(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate194.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.segment === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'segment' },
        message: "must have required property '" + 'segment' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.segment !== undefined) {
      let data1 = data.segment;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/segment',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/segment',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate194.errors = vErrors;
  return errors === 0;
}
validate194.evaluated = { props: { project: true, segment: true }, dynamicProps: false, dynamicItems: false };

export const streamProjectChanges_params = validate195;
const schema332 = {
  type: 'object',
  properties: { project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' } },
  required: ['project'],
};

function validate195(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate195.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/project',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/project',
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
  validate195.errors = vErrors;
  return errors === 0;
}
validate195.evaluated = { props: { project: true }, dynamicProps: false, dynamicItems: false };

export const streamProjectChanges_headers = validate196;
const schema334 = {
  type: 'object',
  properties: { 'last-event-id': { type: 'string', pattern: '^[0-9]{1,18}$' } },
};
const pattern126 = new RegExp('^[0-9]{1,18}$', 'u');

function validate196(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate196.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data['last-event-id'] !== undefined) {
      let data0 = data['last-event-id'];
      if (typeof data0 === 'string') {
        if (!pattern126.test(data0)) {
          const err0 = {
            instancePath: instancePath + '/last-event-id',
            schemaPath: '#/properties/last-event-id/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9]{1,18}$' },
            message: 'must match pattern "' + '^[0-9]{1,18}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/last-event-id',
          schemaPath: '#/properties/last-event-id/type',
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
  validate196.errors = vErrors;
  return errors === 0;
}
validate196.evaluated = { props: { 'last-event-id': true }, dynamicProps: false, dynamicItems: false };

export const listExperiments_params = validate197;
const schema335 = {
  type: 'object',
  properties: { project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' } },
  required: ['project'],
};

function validate197(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate197.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/project',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/project',
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
  validate197.errors = vErrors;
  return errors === 0;
}
validate197.evaluated = { props: { project: true }, dynamicProps: false, dynamicItems: false };

export const createExperiment_params = validate198;
const schema337 = {
  type: 'object',
  properties: { project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' } },
  required: ['project'],
};

function validate198(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate198.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/project',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/project',
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
  validate198.errors = vErrors;
  return errors === 0;
}
validate198.evaluated = { props: { project: true }, dynamicProps: false, dynamicItems: false };

export const createExperiment_body = validate199;
const schema339 = { $ref: 'https://ff.dev/openapi.json#/$defs/ExperimentCreate' };
const schema340 = {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'environment', 'variants'],
  properties: {
    key: { description: 'kebab-case.', type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 128 },
    name: { type: 'string', minLength: 1, maxLength: 200 },
    hypothesis: { type: 'string', maxLength: 4000 },
    description: { type: 'string', maxLength: 4000 },
    environment: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    flag: {
      description:
        "An existing flag whose variations are the variants; absent, a string flag with the experiment's key is created.",
      allOf: [{ $ref: 'https://ff.dev/openapi.json#/$defs/Key' }],
    },
    variants: {
      type: 'array',
      minItems: 2,
      maxItems: 20,
      items: { $ref: 'https://ff.dev/openapi.json#/$defs/ExperimentVariant' },
    },
    allocation: { type: 'number', exclusiveMinimum: 0, maximum: 100, default: 100 },
    population: { $ref: 'https://ff.dev/openapi.json#/$defs/ExperimentPopulation' },
    salt: { type: 'string', minLength: 1, maxLength: 200 },
    primaryMetric: { oneOf: [{ $ref: 'https://ff.dev/openapi.json#/$defs/Key' }, { type: 'null' }] },
    secondaryMetrics: {
      type: 'array',
      maxItems: 20,
      items: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    },
    guardrailMetrics: {
      type: 'array',
      maxItems: 20,
      items: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    },
    autoStop: { type: 'boolean', default: false },
  },
};
const pattern129 = new RegExp('^[a-z0-9]+(-[a-z0-9]+)*$', 'u');
const schema343 = {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'weight'],
  properties: {
    key: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    weight: {
      description: 'Relative weight; the weights need not sum to 100.',
      type: 'number',
      exclusiveMinimum: 0,
      maximum: 1000000,
    },
  },
};

function validate201(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate201.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.key === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'key' },
        message: "must have required property '" + 'key' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.weight === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'weight' },
        message: "must have required property '" + 'weight' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'key' || key0 === 'weight')) {
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
    if (data.key !== undefined) {
      let data0 = data.key;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/key',
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
      } else {
        const err4 = {
          instancePath: instancePath + '/key',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
    if (data.weight !== undefined) {
      let data1 = data.weight;
      if (typeof data1 == 'number' && isFinite(data1)) {
        if (data1 > 1000000 || isNaN(data1)) {
          const err5 = {
            instancePath: instancePath + '/weight',
            schemaPath: '#/properties/weight/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1000000 },
            message: 'must be <= 1000000',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data1 <= 0 || isNaN(data1)) {
          const err6 = {
            instancePath: instancePath + '/weight',
            schemaPath: '#/properties/weight/exclusiveMinimum',
            keyword: 'exclusiveMinimum',
            params: { comparison: '>', limit: 0 },
            message: 'must be > 0',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/weight',
          schemaPath: '#/properties/weight/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
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
  validate201.errors = vErrors;
  return errors === 0;
}
validate201.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

const schema345 = {
  description: 'Who can be enrolled; null is everyone, `segment` the members of one segment.',
  oneOf: [
    { type: 'null' },
    {
      type: 'object',
      additionalProperties: false,
      required: ['segment'],
      properties: { segment: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' } },
    },
  ],
};

function validate203(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate203.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (data !== null) {
    const err0 = {
      instancePath,
      schemaPath: '#/oneOf/0/type',
      keyword: 'type',
      params: { type: 'null' },
      message: 'must be null',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.segment === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/oneOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'segment' },
        message: "must have required property '" + 'segment' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'segment')) {
        const err2 = {
          instancePath,
          schemaPath: '#/oneOf/1/additionalProperties',
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
    if (data.segment !== undefined) {
      let data0 = data.segment;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/segment',
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
      } else {
        const err4 = {
          instancePath: instancePath + '/segment',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  } else {
    const err5 = {
      instancePath,
      schemaPath: '#/oneOf/1/type',
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
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      var props0 = true;
    }
  }
  if (!valid0) {
    const err6 = {
      instancePath,
      schemaPath: '#/oneOf',
      keyword: 'oneOf',
      params: { passingSchemas: passing0 },
      message: 'must match exactly one schema in oneOf',
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate203.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate203.evaluated = { dynamicProps: true, dynamicItems: false };

function validate200(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate200.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.allocation === undefined) {
      data.allocation = 100;
    }
    if (data.autoStop === undefined) {
      data.autoStop = false;
    }
    if (data.key === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'key' },
        message: "must have required property '" + 'key' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.environment === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'environment' },
        message: "must have required property '" + 'environment' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.variants === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'variants' },
        message: "must have required property '" + 'variants' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func38.call(schema340.properties, key0)) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.key !== undefined) {
      let data0 = data.key;
      if (typeof data0 === 'string') {
        if (func1(data0) > 128) {
          const err4 = {
            instancePath: instancePath + '/key',
            schemaPath: '#/properties/key/maxLength',
            keyword: 'maxLength',
            params: { limit: 128 },
            message: 'must NOT have more than 128 characters',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern129.test(data0)) {
          const err5 = {
            instancePath: instancePath + '/key',
            schemaPath: '#/properties/key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
            message: 'must match pattern "' + '^[a-z0-9]+(-[a-z0-9]+)*$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/key',
          schemaPath: '#/properties/key/type',
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
    if (data.name !== undefined) {
      let data1 = data.name;
      if (typeof data1 === 'string') {
        if (func1(data1) > 200) {
          const err7 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/properties/name/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err8 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/properties/name/minLength',
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
      } else {
        const err9 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
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
    if (data.hypothesis !== undefined) {
      let data2 = data.hypothesis;
      if (typeof data2 === 'string') {
        if (func1(data2) > 4000) {
          const err10 = {
            instancePath: instancePath + '/hypothesis',
            schemaPath: '#/properties/hypothesis/maxLength',
            keyword: 'maxLength',
            params: { limit: 4000 },
            message: 'must NOT have more than 4000 characters',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/hypothesis',
          schemaPath: '#/properties/hypothesis/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      let data3 = data.description;
      if (typeof data3 === 'string') {
        if (func1(data3) > 4000) {
          const err12 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/properties/description/maxLength',
            keyword: 'maxLength',
            params: { limit: 4000 },
            message: 'must NOT have more than 4000 characters',
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.environment !== undefined) {
      let data4 = data.environment;
      if (typeof data4 === 'string') {
        if (!pattern4.test(data4)) {
          const err14 = {
            instancePath: instancePath + '/environment',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = {
          instancePath: instancePath + '/environment',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.flag !== undefined) {
      let data5 = data.flag;
      if (typeof data5 === 'string') {
        if (!pattern4.test(data5)) {
          const err16 = {
            instancePath: instancePath + '/flag',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = {
          instancePath: instancePath + '/flag',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.variants !== undefined) {
      let data6 = data.variants;
      if (Array.isArray(data6)) {
        if (data6.length > 20) {
          const err18 = {
            instancePath: instancePath + '/variants',
            schemaPath: '#/properties/variants/maxItems',
            keyword: 'maxItems',
            params: { limit: 20 },
            message: 'must NOT have more than 20 items',
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data6.length < 2) {
          const err19 = {
            instancePath: instancePath + '/variants',
            schemaPath: '#/properties/variants/minItems',
            keyword: 'minItems',
            params: { limit: 2 },
            message: 'must NOT have fewer than 2 items',
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate201(data6[i0], {
              instancePath: instancePath + '/variants/' + i0,
              parentData: data6,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate201.errors : vErrors.concat(validate201.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err20 = {
          instancePath: instancePath + '/variants',
          schemaPath: '#/properties/variants/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    let data8 = data.allocation;
    if (typeof data8 == 'number' && isFinite(data8)) {
      if (data8 > 100 || isNaN(data8)) {
        const err21 = {
          instancePath: instancePath + '/allocation',
          schemaPath: '#/properties/allocation/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 100 },
          message: 'must be <= 100',
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (data8 <= 0 || isNaN(data8)) {
        const err22 = {
          instancePath: instancePath + '/allocation',
          schemaPath: '#/properties/allocation/exclusiveMinimum',
          keyword: 'exclusiveMinimum',
          params: { comparison: '>', limit: 0 },
          message: 'must be > 0',
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    } else {
      const err23 = {
        instancePath: instancePath + '/allocation',
        schemaPath: '#/properties/allocation/type',
        keyword: 'type',
        params: { type: 'number' },
        message: 'must be number',
      };
      if (vErrors === null) {
        vErrors = [err23];
      } else {
        vErrors.push(err23);
      }
      errors++;
    }
    if (data.population !== undefined) {
      if (
        !validate203(data.population, {
          instancePath: instancePath + '/population',
          parentData: data,
          parentDataProperty: 'population',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate203.errors : vErrors.concat(validate203.errors);
        errors = vErrors.length;
      }
    }
    if (data.salt !== undefined) {
      let data10 = data.salt;
      if (typeof data10 === 'string') {
        if (func1(data10) > 200) {
          const err24 = {
            instancePath: instancePath + '/salt',
            schemaPath: '#/properties/salt/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (func1(data10) < 1) {
          const err25 = {
            instancePath: instancePath + '/salt',
            schemaPath: '#/properties/salt/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = {
          instancePath: instancePath + '/salt',
          schemaPath: '#/properties/salt/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.primaryMetric !== undefined) {
      let data11 = data.primaryMetric;
      const _errs26 = errors;
      let valid6 = false;
      let passing0 = null;
      const _errs27 = errors;
      if (typeof data11 === 'string') {
        if (!pattern4.test(data11)) {
          const err27 = {
            instancePath: instancePath + '/primaryMetric',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = {
          instancePath: instancePath + '/primaryMetric',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      var _valid0 = _errs27 === errors;
      if (_valid0) {
        valid6 = true;
        passing0 = 0;
      }
      const _errs30 = errors;
      if (data11 !== null) {
        const err29 = {
          instancePath: instancePath + '/primaryMetric',
          schemaPath: '#/properties/primaryMetric/oneOf/1/type',
          keyword: 'type',
          params: { type: 'null' },
          message: 'must be null',
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      var _valid0 = _errs30 === errors;
      if (_valid0 && valid6) {
        valid6 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid6 = true;
          passing0 = 1;
        }
      }
      if (!valid6) {
        const err30 = {
          instancePath: instancePath + '/primaryMetric',
          schemaPath: '#/properties/primaryMetric/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing0 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      } else {
        errors = _errs26;
        if (vErrors !== null) {
          if (_errs26) {
            vErrors.length = _errs26;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.secondaryMetrics !== undefined) {
      let data12 = data.secondaryMetrics;
      if (Array.isArray(data12)) {
        if (data12.length > 20) {
          const err31 = {
            instancePath: instancePath + '/secondaryMetrics',
            schemaPath: '#/properties/secondaryMetrics/maxItems',
            keyword: 'maxItems',
            params: { limit: 20 },
            message: 'must NOT have more than 20 items',
          };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        const len1 = data12.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data13 = data12[i1];
          if (typeof data13 === 'string') {
            if (!pattern4.test(data13)) {
              const err32 = {
                instancePath: instancePath + '/secondaryMetrics/' + i1,
                schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
                message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          } else {
            const err33 = {
              instancePath: instancePath + '/secondaryMetrics/' + i1,
              schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      } else {
        const err34 = {
          instancePath: instancePath + '/secondaryMetrics',
          schemaPath: '#/properties/secondaryMetrics/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.guardrailMetrics !== undefined) {
      let data14 = data.guardrailMetrics;
      if (Array.isArray(data14)) {
        if (data14.length > 20) {
          const err35 = {
            instancePath: instancePath + '/guardrailMetrics',
            schemaPath: '#/properties/guardrailMetrics/maxItems',
            keyword: 'maxItems',
            params: { limit: 20 },
            message: 'must NOT have more than 20 items',
          };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        const len2 = data14.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data15 = data14[i2];
          if (typeof data15 === 'string') {
            if (!pattern4.test(data15)) {
              const err36 = {
                instancePath: instancePath + '/guardrailMetrics/' + i2,
                schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
                message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          } else {
            const err37 = {
              instancePath: instancePath + '/guardrailMetrics/' + i2,
              schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
      } else {
        const err38 = {
          instancePath: instancePath + '/guardrailMetrics',
          schemaPath: '#/properties/guardrailMetrics/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (typeof data.autoStop !== 'boolean') {
      const err39 = {
        instancePath: instancePath + '/autoStop',
        schemaPath: '#/properties/autoStop/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err39];
      } else {
        vErrors.push(err39);
      }
      errors++;
    }
  } else {
    const err40 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err40];
    } else {
      vErrors.push(err40);
    }
    errors++;
  }
  validate200.errors = vErrors;
  return errors === 0;
}
validate200.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate199(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate199.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate200(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate200.errors : vErrors.concat(validate200.errors);
    errors = vErrors.length;
  }
  validate199.errors = vErrors;
  return errors === 0;
}
validate199.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const getExperiment_params = validate206;
const schema350 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    experiment: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'experiment'],
};

function validate206(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate206.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.experiment === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'experiment' },
        message: "must have required property '" + 'experiment' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.experiment !== undefined) {
      let data1 = data.experiment;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/experiment',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/experiment',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate206.errors = vErrors;
  return errors === 0;
}
validate206.evaluated = {
  props: { project: true, experiment: true },
  dynamicProps: false,
  dynamicItems: false,
};

export const updateExperiment_params = validate207;
const schema353 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    experiment: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'experiment'],
};

function validate207(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate207.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.experiment === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'experiment' },
        message: "must have required property '" + 'experiment' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.experiment !== undefined) {
      let data1 = data.experiment;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/experiment',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/experiment',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate207.errors = vErrors;
  return errors === 0;
}
validate207.evaluated = {
  props: { project: true, experiment: true },
  dynamicProps: false,
  dynamicItems: false,
};

export const updateExperiment_headers = validate208;
const schema356 = { type: 'object', properties: { 'if-match': { type: 'string', maxLength: 100 } } };

function validate208(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate208.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data['if-match'] !== undefined) {
      let data0 = data['if-match'];
      if (typeof data0 === 'string') {
        if (func1(data0) > 100) {
          const err0 = {
            instancePath: instancePath + '/if-match',
            schemaPath: '#/properties/if-match/maxLength',
            keyword: 'maxLength',
            params: { limit: 100 },
            message: 'must NOT have more than 100 characters',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/if-match',
          schemaPath: '#/properties/if-match/type',
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
  validate208.errors = vErrors;
  return errors === 0;
}
validate208.evaluated = { props: { 'if-match': true }, dynamicProps: false, dynamicItems: false };

export const updateExperiment_body = validate209;
const schema357 = { $ref: 'https://ff.dev/openapi.json#/$defs/ExperimentUpdate' };
const schema358 = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 200 },
    hypothesis: { type: 'string', maxLength: 4000 },
    description: { type: 'string', maxLength: 4000 },
    variants: {
      type: 'array',
      minItems: 2,
      maxItems: 20,
      items: { $ref: 'https://ff.dev/openapi.json#/$defs/ExperimentVariant' },
    },
    allocation: { type: 'number', exclusiveMinimum: 0, maximum: 100 },
    population: { $ref: 'https://ff.dev/openapi.json#/$defs/ExperimentPopulation' },
    salt: { type: 'string', minLength: 1, maxLength: 200 },
    primaryMetric: { oneOf: [{ $ref: 'https://ff.dev/openapi.json#/$defs/Key' }, { type: 'null' }] },
    secondaryMetrics: {
      type: 'array',
      maxItems: 20,
      items: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    },
    guardrailMetrics: {
      type: 'array',
      maxItems: 20,
      items: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    },
    autoStop: { type: 'boolean' },
  },
};

function validate210(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate210.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = {
        instancePath,
        schemaPath: '#/minProperties',
        keyword: 'minProperties',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 properties',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func38.call(schema358.properties, key0)) {
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
    if (data.name !== undefined) {
      let data0 = data.name;
      if (typeof data0 === 'string') {
        if (func1(data0) > 200) {
          const err2 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/properties/name/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
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
            instancePath: instancePath + '/name',
            schemaPath: '#/properties/name/minLength',
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
      } else {
        const err4 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
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
    if (data.hypothesis !== undefined) {
      let data1 = data.hypothesis;
      if (typeof data1 === 'string') {
        if (func1(data1) > 4000) {
          const err5 = {
            instancePath: instancePath + '/hypothesis',
            schemaPath: '#/properties/hypothesis/maxLength',
            keyword: 'maxLength',
            params: { limit: 4000 },
            message: 'must NOT have more than 4000 characters',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/hypothesis',
          schemaPath: '#/properties/hypothesis/type',
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
    if (data.description !== undefined) {
      let data2 = data.description;
      if (typeof data2 === 'string') {
        if (func1(data2) > 4000) {
          const err7 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/properties/description/maxLength',
            keyword: 'maxLength',
            params: { limit: 4000 },
            message: 'must NOT have more than 4000 characters',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.variants !== undefined) {
      let data3 = data.variants;
      if (Array.isArray(data3)) {
        if (data3.length > 20) {
          const err9 = {
            instancePath: instancePath + '/variants',
            schemaPath: '#/properties/variants/maxItems',
            keyword: 'maxItems',
            params: { limit: 20 },
            message: 'must NOT have more than 20 items',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data3.length < 2) {
          const err10 = {
            instancePath: instancePath + '/variants',
            schemaPath: '#/properties/variants/minItems',
            keyword: 'minItems',
            params: { limit: 2 },
            message: 'must NOT have fewer than 2 items',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate201(data3[i0], {
              instancePath: instancePath + '/variants/' + i0,
              parentData: data3,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate201.errors : vErrors.concat(validate201.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/variants',
          schemaPath: '#/properties/variants/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.allocation !== undefined) {
      let data5 = data.allocation;
      if (typeof data5 == 'number' && isFinite(data5)) {
        if (data5 > 100 || isNaN(data5)) {
          const err12 = {
            instancePath: instancePath + '/allocation',
            schemaPath: '#/properties/allocation/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 100 },
            message: 'must be <= 100',
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data5 <= 0 || isNaN(data5)) {
          const err13 = {
            instancePath: instancePath + '/allocation',
            schemaPath: '#/properties/allocation/exclusiveMinimum',
            keyword: 'exclusiveMinimum',
            params: { comparison: '>', limit: 0 },
            message: 'must be > 0',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/allocation',
          schemaPath: '#/properties/allocation/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.population !== undefined) {
      if (
        !validate203(data.population, {
          instancePath: instancePath + '/population',
          parentData: data,
          parentDataProperty: 'population',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate203.errors : vErrors.concat(validate203.errors);
        errors = vErrors.length;
      }
    }
    if (data.salt !== undefined) {
      let data7 = data.salt;
      if (typeof data7 === 'string') {
        if (func1(data7) > 200) {
          const err15 = {
            instancePath: instancePath + '/salt',
            schemaPath: '#/properties/salt/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (func1(data7) < 1) {
          const err16 = {
            instancePath: instancePath + '/salt',
            schemaPath: '#/properties/salt/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = {
          instancePath: instancePath + '/salt',
          schemaPath: '#/properties/salt/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.primaryMetric !== undefined) {
      let data8 = data.primaryMetric;
      const _errs17 = errors;
      let valid3 = false;
      let passing0 = null;
      const _errs18 = errors;
      if (typeof data8 === 'string') {
        if (!pattern4.test(data8)) {
          const err18 = {
            instancePath: instancePath + '/primaryMetric',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = {
          instancePath: instancePath + '/primaryMetric',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
      var _valid0 = _errs18 === errors;
      if (_valid0) {
        valid3 = true;
        passing0 = 0;
      }
      const _errs21 = errors;
      if (data8 !== null) {
        const err20 = {
          instancePath: instancePath + '/primaryMetric',
          schemaPath: '#/properties/primaryMetric/oneOf/1/type',
          keyword: 'type',
          params: { type: 'null' },
          message: 'must be null',
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      var _valid0 = _errs21 === errors;
      if (_valid0 && valid3) {
        valid3 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid3 = true;
          passing0 = 1;
        }
      }
      if (!valid3) {
        const err21 = {
          instancePath: instancePath + '/primaryMetric',
          schemaPath: '#/properties/primaryMetric/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing0 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      } else {
        errors = _errs17;
        if (vErrors !== null) {
          if (_errs17) {
            vErrors.length = _errs17;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.secondaryMetrics !== undefined) {
      let data9 = data.secondaryMetrics;
      if (Array.isArray(data9)) {
        if (data9.length > 20) {
          const err22 = {
            instancePath: instancePath + '/secondaryMetrics',
            schemaPath: '#/properties/secondaryMetrics/maxItems',
            keyword: 'maxItems',
            params: { limit: 20 },
            message: 'must NOT have more than 20 items',
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        const len1 = data9.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data10 = data9[i1];
          if (typeof data10 === 'string') {
            if (!pattern4.test(data10)) {
              const err23 = {
                instancePath: instancePath + '/secondaryMetrics/' + i1,
                schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
                message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = {
              instancePath: instancePath + '/secondaryMetrics/' + i1,
              schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = {
          instancePath: instancePath + '/secondaryMetrics',
          schemaPath: '#/properties/secondaryMetrics/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.guardrailMetrics !== undefined) {
      let data11 = data.guardrailMetrics;
      if (Array.isArray(data11)) {
        if (data11.length > 20) {
          const err26 = {
            instancePath: instancePath + '/guardrailMetrics',
            schemaPath: '#/properties/guardrailMetrics/maxItems',
            keyword: 'maxItems',
            params: { limit: 20 },
            message: 'must NOT have more than 20 items',
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        const len2 = data11.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data12 = data11[i2];
          if (typeof data12 === 'string') {
            if (!pattern4.test(data12)) {
              const err27 = {
                instancePath: instancePath + '/guardrailMetrics/' + i2,
                schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
                message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          } else {
            const err28 = {
              instancePath: instancePath + '/guardrailMetrics/' + i2,
              schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = {
          instancePath: instancePath + '/guardrailMetrics',
          schemaPath: '#/properties/guardrailMetrics/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.autoStop !== undefined) {
      if (typeof data.autoStop !== 'boolean') {
        const err30 = {
          instancePath: instancePath + '/autoStop',
          schemaPath: '#/properties/autoStop/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
  } else {
    const err31 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err31];
    } else {
      vErrors.push(err31);
    }
    errors++;
  }
  validate210.errors = vErrors;
  return errors === 0;
}
validate210.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate209(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate209.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate210(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate210.errors : vErrors.concat(validate210.errors);
    errors = vErrors.length;
  }
  validate209.errors = vErrors;
  return errors === 0;
}
validate209.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const transitionExperiment_params = validate214;
const schema362 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    experiment: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'experiment'],
};

function validate214(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate214.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.experiment === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'experiment' },
        message: "must have required property '" + 'experiment' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.experiment !== undefined) {
      let data1 = data.experiment;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/experiment',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/experiment',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate214.errors = vErrors;
  return errors === 0;
}
validate214.evaluated = {
  props: { project: true, experiment: true },
  dynamicProps: false,
  dynamicItems: false,
};

export const transitionExperiment_headers = validate215;
const schema365 = { type: 'object', properties: { 'if-match': { type: 'string', maxLength: 100 } } };

function validate215(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate215.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data['if-match'] !== undefined) {
      let data0 = data['if-match'];
      if (typeof data0 === 'string') {
        if (func1(data0) > 100) {
          const err0 = {
            instancePath: instancePath + '/if-match',
            schemaPath: '#/properties/if-match/maxLength',
            keyword: 'maxLength',
            params: { limit: 100 },
            message: 'must NOT have more than 100 characters',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/if-match',
          schemaPath: '#/properties/if-match/type',
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
  validate215.errors = vErrors;
  return errors === 0;
}
validate215.evaluated = { props: { 'if-match': true }, dynamicProps: false, dynamicItems: false };

export const transitionExperiment_body = validate216;
const schema366 = { $ref: 'https://ff.dev/openapi.json#/$defs/ExperimentTransition' };
const schema367 = {
  type: 'object',
  additionalProperties: false,
  required: ['action'],
  properties: {
    action: { type: 'string', enum: ['launch', 'pause', 'stop', 'archive'] },
    winner: {
      description: '`stop` only: the variant that won.',
      allOf: [{ $ref: 'https://ff.dev/openapi.json#/$defs/Key' }],
    },
    rollout: {
      description: '`stop` with `winner`: serve the winner to everyone in the same step.',
      type: 'boolean',
      default: false,
    },
    notes: { type: 'string', maxLength: 4000 },
  },
};

function validate217(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate217.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.rollout === undefined) {
      data.rollout = false;
    }
    if (data.action === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'action' },
        message: "must have required property '" + 'action' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'action' || key0 === 'winner' || key0 === 'rollout' || key0 === 'notes')) {
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
    if (data.action !== undefined) {
      let data0 = data.action;
      if (typeof data0 !== 'string') {
        const err2 = {
          instancePath: instancePath + '/action',
          schemaPath: '#/properties/action/type',
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
      if (!(data0 === 'launch' || data0 === 'pause' || data0 === 'stop' || data0 === 'archive')) {
        const err3 = {
          instancePath: instancePath + '/action',
          schemaPath: '#/properties/action/enum',
          keyword: 'enum',
          params: { allowedValues: schema367.properties.action.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.winner !== undefined) {
      let data1 = data.winner;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/winner',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/winner',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
    if (typeof data.rollout !== 'boolean') {
      const err6 = {
        instancePath: instancePath + '/rollout',
        schemaPath: '#/properties/rollout/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.notes !== undefined) {
      let data3 = data.notes;
      if (typeof data3 === 'string') {
        if (func1(data3) > 4000) {
          const err7 = {
            instancePath: instancePath + '/notes',
            schemaPath: '#/properties/notes/maxLength',
            keyword: 'maxLength',
            params: { limit: 4000 },
            message: 'must NOT have more than 4000 characters',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/notes',
          schemaPath: '#/properties/notes/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
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
  validate217.errors = vErrors;
  return errors === 0;
}
validate217.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate216(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate216.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate217(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate217.errors : vErrors.concat(validate217.errors);
    errors = vErrors.length;
  }
  validate216.errors = vErrors;
  return errors === 0;
}
validate216.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const getExperimentResults_params = validate219;
const schema369 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    experiment: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'experiment'],
};

function validate219(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate219.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.experiment === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'experiment' },
        message: "must have required property '" + 'experiment' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.experiment !== undefined) {
      let data1 = data.experiment;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/experiment',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/experiment',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate219.errors = vErrors;
  return errors === 0;
}
validate219.evaluated = {
  props: { project: true, experiment: true },
  dynamicProps: false,
  dynamicItems: false,
};

export const getExperimentSampleSize_params = validate220;
const schema372 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    experiment: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'experiment'],
};

function validate220(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate220.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.experiment === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'experiment' },
        message: "must have required property '" + 'experiment' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.experiment !== undefined) {
      let data1 = data.experiment;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/experiment',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/experiment',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate220.errors = vErrors;
  return errors === 0;
}
validate220.evaluated = {
  props: { project: true, experiment: true },
  dynamicProps: false,
  dynamicItems: false,
};

export const listMetricDefinitions_params = validate221;
const schema375 = {
  type: 'object',
  properties: { project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' } },
  required: ['project'],
};

function validate221(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate221.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/project',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/project',
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
  validate221.errors = vErrors;
  return errors === 0;
}
validate221.evaluated = { props: { project: true }, dynamicProps: false, dynamicItems: false };

export const createMetricDefinition_params = validate222;
const schema377 = {
  type: 'object',
  properties: { project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' } },
  required: ['project'],
};

function validate222(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate222.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/project',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/project',
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
  validate222.errors = vErrors;
  return errors === 0;
}
validate222.evaluated = { props: { project: true }, dynamicProps: false, dynamicItems: false };

export const createMetricDefinition_body = validate223;
const schema379 = { $ref: 'https://ff.dev/openapi.json#/$defs/MetricDefinitionCreate' };
const schema380 = {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'kind', 'event'],
  properties: {
    key: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    name: { type: 'string', minLength: 1, maxLength: 200 },
    description: { type: 'string', maxLength: 4000 },
    kind: { $ref: 'https://ff.dev/openapi.json#/$defs/MetricKind' },
    event: { type: 'string', minLength: 1, maxLength: 200 },
    windowHours: { type: 'integer', minimum: 1, maximum: 8784, default: 168 },
    cap: { oneOf: [{ type: 'number', exclusiveMinimum: 0 }, { type: 'null' }] },
    direction: { type: 'string', enum: ['higher', 'lower'], default: 'higher' },
  },
};
const schema382 = {
  type: 'string',
  description:
    "`binomial`: the unit sent the event within `windowHours` of its first exposure (the seed's\nconversions within 7 days); `count`: how many such events per unit (clicks); `sum`: the summed\n`value` per unit (revenue), its mean compared. `cap` caps each unit's count or sum.\n",
  enum: ['binomial', 'count', 'sum'],
};

function validate224(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate224.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.windowHours === undefined) {
      data.windowHours = 168;
    }
    if (data.direction === undefined) {
      data.direction = 'higher';
    }
    if (data.key === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'key' },
        message: "must have required property '" + 'key' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'kind' },
        message: "must have required property '" + 'kind' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.event === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'event' },
        message: "must have required property '" + 'event' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'key' ||
        key0 === 'name' ||
        key0 === 'description' ||
        key0 === 'kind' ||
        key0 === 'event' ||
        key0 === 'windowHours' ||
        key0 === 'cap' ||
        key0 === 'direction'
      )) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.key !== undefined) {
      let data0 = data.key;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err4 = {
            instancePath: instancePath + '/key',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/key',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
    if (data.name !== undefined) {
      let data1 = data.name;
      if (typeof data1 === 'string') {
        if (func1(data1) > 200) {
          const err6 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/properties/name/maxLength',
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
        if (func1(data1) < 1) {
          const err7 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/properties/name/minLength',
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
      } else {
        const err8 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      let data2 = data.description;
      if (typeof data2 === 'string') {
        if (func1(data2) > 4000) {
          const err9 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/properties/description/maxLength',
            keyword: 'maxLength',
            params: { limit: 4000 },
            message: 'must NOT have more than 4000 characters',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.kind !== undefined) {
      let data3 = data.kind;
      if (typeof data3 !== 'string') {
        const err11 = {
          instancePath: instancePath + '/kind',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/MetricKind/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (!(data3 === 'binomial' || data3 === 'count' || data3 === 'sum')) {
        const err12 = {
          instancePath: instancePath + '/kind',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/MetricKind/enum',
          keyword: 'enum',
          params: { allowedValues: schema382.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.event !== undefined) {
      let data4 = data.event;
      if (typeof data4 === 'string') {
        if (func1(data4) > 200) {
          const err13 = {
            instancePath: instancePath + '/event',
            schemaPath: '#/properties/event/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (func1(data4) < 1) {
          const err14 = {
            instancePath: instancePath + '/event',
            schemaPath: '#/properties/event/minLength',
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
      } else {
        const err15 = {
          instancePath: instancePath + '/event',
          schemaPath: '#/properties/event/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    let data5 = data.windowHours;
    if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
      const err16 = {
        instancePath: instancePath + '/windowHours',
        schemaPath: '#/properties/windowHours/type',
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
    if (typeof data5 == 'number' && isFinite(data5)) {
      if (data5 > 8784 || isNaN(data5)) {
        const err17 = {
          instancePath: instancePath + '/windowHours',
          schemaPath: '#/properties/windowHours/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 8784 },
          message: 'must be <= 8784',
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (data5 < 1 || isNaN(data5)) {
        const err18 = {
          instancePath: instancePath + '/windowHours',
          schemaPath: '#/properties/windowHours/minimum',
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
    if (data.cap !== undefined) {
      let data6 = data.cap;
      const _errs17 = errors;
      let valid3 = false;
      let passing0 = null;
      const _errs18 = errors;
      if (typeof data6 == 'number' && isFinite(data6)) {
        if (data6 <= 0 || isNaN(data6)) {
          const err19 = {
            instancePath: instancePath + '/cap',
            schemaPath: '#/properties/cap/oneOf/0/exclusiveMinimum',
            keyword: 'exclusiveMinimum',
            params: { comparison: '>', limit: 0 },
            message: 'must be > 0',
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = {
          instancePath: instancePath + '/cap',
          schemaPath: '#/properties/cap/oneOf/0/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      var _valid0 = _errs18 === errors;
      if (_valid0) {
        valid3 = true;
        passing0 = 0;
      }
      const _errs20 = errors;
      if (data6 !== null) {
        const err21 = {
          instancePath: instancePath + '/cap',
          schemaPath: '#/properties/cap/oneOf/1/type',
          keyword: 'type',
          params: { type: 'null' },
          message: 'must be null',
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      var _valid0 = _errs20 === errors;
      if (_valid0 && valid3) {
        valid3 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid3 = true;
          passing0 = 1;
        }
      }
      if (!valid3) {
        const err22 = {
          instancePath: instancePath + '/cap',
          schemaPath: '#/properties/cap/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing0 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      } else {
        errors = _errs17;
        if (vErrors !== null) {
          if (_errs17) {
            vErrors.length = _errs17;
          } else {
            vErrors = null;
          }
        }
      }
    }
    let data7 = data.direction;
    if (typeof data7 !== 'string') {
      const err23 = {
        instancePath: instancePath + '/direction',
        schemaPath: '#/properties/direction/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err23];
      } else {
        vErrors.push(err23);
      }
      errors++;
    }
    if (!(data7 === 'higher' || data7 === 'lower')) {
      const err24 = {
        instancePath: instancePath + '/direction',
        schemaPath: '#/properties/direction/enum',
        keyword: 'enum',
        params: { allowedValues: schema380.properties.direction.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err24];
      } else {
        vErrors.push(err24);
      }
      errors++;
    }
  } else {
    const err25 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate224.errors = vErrors;
  return errors === 0;
}
validate224.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate223(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate223.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate224(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate224.errors : vErrors.concat(validate224.errors);
    errors = vErrors.length;
  }
  validate223.errors = vErrors;
  return errors === 0;
}
validate223.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const getMetricDefinition_params = validate226;
const schema383 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    metric: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'metric'],
};

function validate226(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate226.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.metric === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'metric' },
        message: "must have required property '" + 'metric' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.metric !== undefined) {
      let data1 = data.metric;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/metric',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/metric',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate226.errors = vErrors;
  return errors === 0;
}
validate226.evaluated = { props: { project: true, metric: true }, dynamicProps: false, dynamicItems: false };

export const updateMetricDefinition_params = validate227;
const schema386 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    metric: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'metric'],
};

function validate227(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate227.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.metric === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'metric' },
        message: "must have required property '" + 'metric' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.metric !== undefined) {
      let data1 = data.metric;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/metric',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/metric',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate227.errors = vErrors;
  return errors === 0;
}
validate227.evaluated = { props: { project: true, metric: true }, dynamicProps: false, dynamicItems: false };

export const updateMetricDefinition_headers = validate228;
const schema389 = { type: 'object', properties: { 'if-match': { type: 'string', maxLength: 100 } } };

function validate228(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate228.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data['if-match'] !== undefined) {
      let data0 = data['if-match'];
      if (typeof data0 === 'string') {
        if (func1(data0) > 100) {
          const err0 = {
            instancePath: instancePath + '/if-match',
            schemaPath: '#/properties/if-match/maxLength',
            keyword: 'maxLength',
            params: { limit: 100 },
            message: 'must NOT have more than 100 characters',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/if-match',
          schemaPath: '#/properties/if-match/type',
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
  validate228.errors = vErrors;
  return errors === 0;
}
validate228.evaluated = { props: { 'if-match': true }, dynamicProps: false, dynamicItems: false };

export const updateMetricDefinition_body = validate229;
const schema390 = { $ref: 'https://ff.dev/openapi.json#/$defs/MetricDefinitionUpdate' };
const schema391 = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 200 },
    description: { type: 'string', maxLength: 4000 },
    event: { type: 'string', minLength: 1, maxLength: 200 },
    windowHours: { type: 'integer', minimum: 1, maximum: 8784 },
    cap: { oneOf: [{ type: 'number', exclusiveMinimum: 0 }, { type: 'null' }] },
    direction: { type: 'string', enum: ['higher', 'lower'] },
  },
};

function validate229(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate229.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = {
        instancePath,
        schemaPath: 'https://ff.dev/openapi.json#/$defs/MetricDefinitionUpdate/minProperties',
        keyword: 'minProperties',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 properties',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'name' ||
        key0 === 'description' ||
        key0 === 'event' ||
        key0 === 'windowHours' ||
        key0 === 'cap' ||
        key0 === 'direction'
      )) {
        const err1 = {
          instancePath,
          schemaPath: 'https://ff.dev/openapi.json#/$defs/MetricDefinitionUpdate/additionalProperties',
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
    if (data.name !== undefined) {
      let data0 = data.name;
      if (typeof data0 === 'string') {
        if (func1(data0) > 200) {
          const err2 = {
            instancePath: instancePath + '/name',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/MetricDefinitionUpdate/properties/name/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
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
            instancePath: instancePath + '/name',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/MetricDefinitionUpdate/properties/name/minLength',
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
      } else {
        const err4 = {
          instancePath: instancePath + '/name',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/MetricDefinitionUpdate/properties/name/type',
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
    if (data.description !== undefined) {
      let data1 = data.description;
      if (typeof data1 === 'string') {
        if (func1(data1) > 4000) {
          const err5 = {
            instancePath: instancePath + '/description',
            schemaPath:
              'https://ff.dev/openapi.json#/$defs/MetricDefinitionUpdate/properties/description/maxLength',
            keyword: 'maxLength',
            params: { limit: 4000 },
            message: 'must NOT have more than 4000 characters',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/description',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/MetricDefinitionUpdate/properties/description/type',
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
    if (data.event !== undefined) {
      let data2 = data.event;
      if (typeof data2 === 'string') {
        if (func1(data2) > 200) {
          const err7 = {
            instancePath: instancePath + '/event',
            schemaPath:
              'https://ff.dev/openapi.json#/$defs/MetricDefinitionUpdate/properties/event/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
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
            instancePath: instancePath + '/event',
            schemaPath:
              'https://ff.dev/openapi.json#/$defs/MetricDefinitionUpdate/properties/event/minLength',
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
      } else {
        const err9 = {
          instancePath: instancePath + '/event',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/MetricDefinitionUpdate/properties/event/type',
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
    if (data.windowHours !== undefined) {
      let data3 = data.windowHours;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
        const err10 = {
          instancePath: instancePath + '/windowHours',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/MetricDefinitionUpdate/properties/windowHours/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data3 == 'number' && isFinite(data3)) {
        if (data3 > 8784 || isNaN(data3)) {
          const err11 = {
            instancePath: instancePath + '/windowHours',
            schemaPath:
              'https://ff.dev/openapi.json#/$defs/MetricDefinitionUpdate/properties/windowHours/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 8784 },
            message: 'must be <= 8784',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data3 < 1 || isNaN(data3)) {
          const err12 = {
            instancePath: instancePath + '/windowHours',
            schemaPath:
              'https://ff.dev/openapi.json#/$defs/MetricDefinitionUpdate/properties/windowHours/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
    if (data.cap !== undefined) {
      let data4 = data.cap;
      const _errs12 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs13 = errors;
      if (typeof data4 == 'number' && isFinite(data4)) {
        if (data4 <= 0 || isNaN(data4)) {
          const err13 = {
            instancePath: instancePath + '/cap',
            schemaPath:
              'https://ff.dev/openapi.json#/$defs/MetricDefinitionUpdate/properties/cap/oneOf/0/exclusiveMinimum',
            keyword: 'exclusiveMinimum',
            params: { comparison: '>', limit: 0 },
            message: 'must be > 0',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/cap',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/MetricDefinitionUpdate/properties/cap/oneOf/0/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var _valid0 = _errs13 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
      }
      const _errs15 = errors;
      if (data4 !== null) {
        const err15 = {
          instancePath: instancePath + '/cap',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/MetricDefinitionUpdate/properties/cap/oneOf/1/type',
          keyword: 'type',
          params: { type: 'null' },
          message: 'must be null',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var _valid0 = _errs15 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
      }
      if (!valid2) {
        const err16 = {
          instancePath: instancePath + '/cap',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/MetricDefinitionUpdate/properties/cap/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing0 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      } else {
        errors = _errs12;
        if (vErrors !== null) {
          if (_errs12) {
            vErrors.length = _errs12;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.direction !== undefined) {
      let data5 = data.direction;
      if (typeof data5 !== 'string') {
        const err17 = {
          instancePath: instancePath + '/direction',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/MetricDefinitionUpdate/properties/direction/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (!(data5 === 'higher' || data5 === 'lower')) {
        const err18 = {
          instancePath: instancePath + '/direction',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/MetricDefinitionUpdate/properties/direction/enum',
          keyword: 'enum',
          params: { allowedValues: schema391.properties.direction.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = {
      instancePath,
      schemaPath: 'https://ff.dev/openapi.json#/$defs/MetricDefinitionUpdate/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate229.errors = vErrors;
  return errors === 0;
}
validate229.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const getInsightsSummary_params = validate230;
const schema392 = {
  type: 'object',
  properties: { project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' } },
  required: ['project'],
};

function validate230(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate230.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/project',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/project',
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
  validate230.errors = vErrors;
  return errors === 0;
}
validate230.evaluated = { props: { project: true }, dynamicProps: false, dynamicItems: false };

export const listStaleFlags_params = validate231;
const schema394 = {
  type: 'object',
  properties: { project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' } },
  required: ['project'],
};

function validate231(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate231.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/project',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/project',
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
  validate231.errors = vErrors;
  return errors === 0;
}
validate231.evaluated = { props: { project: true }, dynamicProps: false, dynamicItems: false };

export const getInsightsSettings_params = validate232;
const schema396 = {
  type: 'object',
  properties: { project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' } },
  required: ['project'],
};

function validate232(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate232.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/project',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/project',
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
  validate232.errors = vErrors;
  return errors === 0;
}
validate232.evaluated = { props: { project: true }, dynamicProps: false, dynamicItems: false };

export const updateInsightsSettings_params = validate233;
const schema398 = {
  type: 'object',
  properties: { project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' } },
  required: ['project'],
};

function validate233(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate233.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/project',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/project',
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
  validate233.errors = vErrors;
  return errors === 0;
}
validate233.evaluated = { props: { project: true }, dynamicProps: false, dynamicItems: false };

export const updateInsightsSettings_headers = validate234;
const schema400 = { type: 'object', properties: { 'if-match': { type: 'string', maxLength: 100 } } };

function validate234(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate234.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data['if-match'] !== undefined) {
      let data0 = data['if-match'];
      if (typeof data0 === 'string') {
        if (func1(data0) > 100) {
          const err0 = {
            instancePath: instancePath + '/if-match',
            schemaPath: '#/properties/if-match/maxLength',
            keyword: 'maxLength',
            params: { limit: 100 },
            message: 'must NOT have more than 100 characters',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/if-match',
          schemaPath: '#/properties/if-match/type',
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
  validate234.errors = vErrors;
  return errors === 0;
}
validate234.evaluated = { props: { 'if-match': true }, dynamicProps: false, dynamicItems: false };

export const updateInsightsSettings_body = validate235;
const schema401 = { $ref: 'https://ff.dev/openapi.json#/$defs/InsightsSettingsInput' };
const schema402 = {
  type: 'object',
  additionalProperties: false,
  required: ['staleAfterDays', 'hourlyRetentionDays', 'dailyRetentionDays'],
  properties: {
    staleAfterDays: { type: 'integer', minimum: 1, maximum: 3650 },
    hourlyRetentionDays: { type: 'integer', minimum: 1, maximum: 400 },
    dailyRetentionDays: { type: 'integer', minimum: 1, maximum: 3650 },
  },
};

function validate235(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate235.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.staleAfterDays === undefined) {
      const err0 = {
        instancePath,
        schemaPath: 'https://ff.dev/openapi.json#/$defs/InsightsSettingsInput/required',
        keyword: 'required',
        params: { missingProperty: 'staleAfterDays' },
        message: "must have required property '" + 'staleAfterDays' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.hourlyRetentionDays === undefined) {
      const err1 = {
        instancePath,
        schemaPath: 'https://ff.dev/openapi.json#/$defs/InsightsSettingsInput/required',
        keyword: 'required',
        params: { missingProperty: 'hourlyRetentionDays' },
        message: "must have required property '" + 'hourlyRetentionDays' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.dailyRetentionDays === undefined) {
      const err2 = {
        instancePath,
        schemaPath: 'https://ff.dev/openapi.json#/$defs/InsightsSettingsInput/required',
        keyword: 'required',
        params: { missingProperty: 'dailyRetentionDays' },
        message: "must have required property '" + 'dailyRetentionDays' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'staleAfterDays' || key0 === 'hourlyRetentionDays' || key0 === 'dailyRetentionDays')) {
        const err3 = {
          instancePath,
          schemaPath: 'https://ff.dev/openapi.json#/$defs/InsightsSettingsInput/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.staleAfterDays !== undefined) {
      let data0 = data.staleAfterDays;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err4 = {
          instancePath: instancePath + '/staleAfterDays',
          schemaPath:
            'https://ff.dev/openapi.json#/$defs/InsightsSettingsInput/properties/staleAfterDays/type',
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
      if (typeof data0 == 'number' && isFinite(data0)) {
        if (data0 > 3650 || isNaN(data0)) {
          const err5 = {
            instancePath: instancePath + '/staleAfterDays',
            schemaPath:
              'https://ff.dev/openapi.json#/$defs/InsightsSettingsInput/properties/staleAfterDays/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 3650 },
            message: 'must be <= 3650',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data0 < 1 || isNaN(data0)) {
          const err6 = {
            instancePath: instancePath + '/staleAfterDays',
            schemaPath:
              'https://ff.dev/openapi.json#/$defs/InsightsSettingsInput/properties/staleAfterDays/minimum',
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
    }
    if (data.hourlyRetentionDays !== undefined) {
      let data1 = data.hourlyRetentionDays;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err7 = {
          instancePath: instancePath + '/hourlyRetentionDays',
          schemaPath:
            'https://ff.dev/openapi.json#/$defs/InsightsSettingsInput/properties/hourlyRetentionDays/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data1 == 'number' && isFinite(data1)) {
        if (data1 > 400 || isNaN(data1)) {
          const err8 = {
            instancePath: instancePath + '/hourlyRetentionDays',
            schemaPath:
              'https://ff.dev/openapi.json#/$defs/InsightsSettingsInput/properties/hourlyRetentionDays/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 400 },
            message: 'must be <= 400',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data1 < 1 || isNaN(data1)) {
          const err9 = {
            instancePath: instancePath + '/hourlyRetentionDays',
            schemaPath:
              'https://ff.dev/openapi.json#/$defs/InsightsSettingsInput/properties/hourlyRetentionDays/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.dailyRetentionDays !== undefined) {
      let data2 = data.dailyRetentionDays;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
        const err10 = {
          instancePath: instancePath + '/dailyRetentionDays',
          schemaPath:
            'https://ff.dev/openapi.json#/$defs/InsightsSettingsInput/properties/dailyRetentionDays/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data2 == 'number' && isFinite(data2)) {
        if (data2 > 3650 || isNaN(data2)) {
          const err11 = {
            instancePath: instancePath + '/dailyRetentionDays',
            schemaPath:
              'https://ff.dev/openapi.json#/$defs/InsightsSettingsInput/properties/dailyRetentionDays/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 3650 },
            message: 'must be <= 3650',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data2 < 1 || isNaN(data2)) {
          const err12 = {
            instancePath: instancePath + '/dailyRetentionDays',
            schemaPath:
              'https://ff.dev/openapi.json#/$defs/InsightsSettingsInput/properties/dailyRetentionDays/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
  } else {
    const err13 = {
      instancePath,
      schemaPath: 'https://ff.dev/openapi.json#/$defs/InsightsSettingsInput/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate235.errors = vErrors;
  return errors === 0;
}
validate235.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const getSdkKeyUsage_params = validate236;
const schema403 = {
  type: 'object',
  properties: { project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' } },
  required: ['project'],
};

function validate236(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate236.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/project',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/project',
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
  validate236.errors = vErrors;
  return errors === 0;
}
validate236.evaluated = { props: { project: true }, dynamicProps: false, dynamicItems: false };

export const getFlagUsage_params = validate237;
const schema405 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    flag: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
  },
  required: ['project', 'flag'],
};

function validate237(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate237.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.flag === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'flag' },
        message: "must have required property '" + 'flag' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.flag !== undefined) {
      let data1 = data.flag;
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
      } else {
        const err5 = {
          instancePath: instancePath + '/flag',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
  validate237.errors = vErrors;
  return errors === 0;
}
validate237.evaluated = { props: { project: true, flag: true }, dynamicProps: false, dynamicItems: false };

export const listCodeReferences_params = validate238;
const schema408 = {
  type: 'object',
  properties: { project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' } },
  required: ['project'],
};

function validate238(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate238.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/project',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/project',
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
  validate238.errors = vErrors;
  return errors === 0;
}
validate238.evaluated = { props: { project: true }, dynamicProps: false, dynamicItems: false };

export const putCodeReferences_params = validate239;
const schema410 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    repository: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$' },
  },
  required: ['project', 'repository'],
};
const pattern167 = new RegExp('^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$', 'u');

function validate239(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate239.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.repository === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'repository' },
        message: "must have required property '" + 'repository' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.repository !== undefined) {
      let data1 = data.repository;
      if (typeof data1 === 'string') {
        if (!pattern167.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/repository',
            schemaPath: '#/properties/repository/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$' },
            message: 'must match pattern "' + '^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$' + '"',
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
          instancePath: instancePath + '/repository',
          schemaPath: '#/properties/repository/type',
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
  validate239.errors = vErrors;
  return errors === 0;
}
validate239.evaluated = {
  props: { project: true, repository: true },
  dynamicProps: false,
  dynamicItems: false,
};

export const putCodeReferences_body = validate240;
const schema412 = { $ref: 'https://ff.dev/openapi.json#/$defs/CodeReferencesPush' };
const schema413 = {
  type: 'object',
  additionalProperties: false,
  required: ['branch', 'commit', 'flags'],
  properties: {
    branch: { type: 'string', minLength: 1, maxLength: 255 },
    commit: { type: 'string', pattern: '^[0-9a-f]{7,64}$', description: 'The scanned commit (hex).' },
    flags: {
      type: 'array',
      maxItems: 10000,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['key', 'references', 'locations'],
        properties: {
          key: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
          references: { type: 'integer', minimum: 1, maximum: 1000000000 },
          locations: {
            type: 'array',
            maxItems: 100,
            items: { $ref: 'https://ff.dev/openapi.json#/$defs/CodeLocation' },
          },
        },
      },
    },
  },
};
const schema415 = {
  type: 'object',
  additionalProperties: false,
  required: ['path', 'line'],
  properties: {
    path: { type: 'string', minLength: 1, maxLength: 1024 },
    line: { type: 'integer', minimum: 1, maximum: 100000000 },
    kind: {
      type: 'string',
      enum: ['literal', 'alias', 'call', 'pattern'],
      description:
        'How it names the flag: a quoted key, an alias (a codegen constant), an SDK call, a configured pattern.',
    },
  },
};
const pattern168 = new RegExp('^[0-9a-f]{7,64}$', 'u');

function validate241(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate241.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.branch === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'branch' },
        message: "must have required property '" + 'branch' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.commit === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'commit' },
        message: "must have required property '" + 'commit' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.flags === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'flags' },
        message: "must have required property '" + 'flags' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'branch' || key0 === 'commit' || key0 === 'flags')) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.branch !== undefined) {
      let data0 = data.branch;
      if (typeof data0 === 'string') {
        if (func1(data0) > 255) {
          const err4 = {
            instancePath: instancePath + '/branch',
            schemaPath: '#/properties/branch/maxLength',
            keyword: 'maxLength',
            params: { limit: 255 },
            message: 'must NOT have more than 255 characters',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err5 = {
            instancePath: instancePath + '/branch',
            schemaPath: '#/properties/branch/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/branch',
          schemaPath: '#/properties/branch/type',
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
    if (data.commit !== undefined) {
      let data1 = data.commit;
      if (typeof data1 === 'string') {
        if (!pattern168.test(data1)) {
          const err7 = {
            instancePath: instancePath + '/commit',
            schemaPath: '#/properties/commit/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9a-f]{7,64}$' },
            message: 'must match pattern "' + '^[0-9a-f]{7,64}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/commit',
          schemaPath: '#/properties/commit/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.flags !== undefined) {
      let data2 = data.flags;
      if (Array.isArray(data2)) {
        if (data2.length > 10000) {
          const err9 = {
            instancePath: instancePath + '/flags',
            schemaPath: '#/properties/flags/maxItems',
            keyword: 'maxItems',
            params: { limit: 10000 },
            message: 'must NOT have more than 10000 items',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
            if (data3.key === undefined) {
              const err10 = {
                instancePath: instancePath + '/flags/' + i0,
                schemaPath: '#/properties/flags/items/required',
                keyword: 'required',
                params: { missingProperty: 'key' },
                message: "must have required property '" + 'key' + "'",
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data3.references === undefined) {
              const err11 = {
                instancePath: instancePath + '/flags/' + i0,
                schemaPath: '#/properties/flags/items/required',
                keyword: 'required',
                params: { missingProperty: 'references' },
                message: "must have required property '" + 'references' + "'",
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (data3.locations === undefined) {
              const err12 = {
                instancePath: instancePath + '/flags/' + i0,
                schemaPath: '#/properties/flags/items/required',
                keyword: 'required',
                params: { missingProperty: 'locations' },
                message: "must have required property '" + 'locations' + "'",
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            for (const key1 in data3) {
              if (!(key1 === 'key' || key1 === 'references' || key1 === 'locations')) {
                const err13 = {
                  instancePath: instancePath + '/flags/' + i0,
                  schemaPath: '#/properties/flags/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key1 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data3.key !== undefined) {
              let data4 = data3.key;
              if (typeof data4 === 'string') {
                if (!pattern4.test(data4)) {
                  const err14 = {
                    instancePath: instancePath + '/flags/' + i0 + '/key',
                    schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
                    message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              } else {
                const err15 = {
                  instancePath: instancePath + '/flags/' + i0 + '/key',
                  schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data3.references !== undefined) {
              let data5 = data3.references;
              if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
                const err16 = {
                  instancePath: instancePath + '/flags/' + i0 + '/references',
                  schemaPath: '#/properties/flags/items/properties/references/type',
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
              if (typeof data5 == 'number' && isFinite(data5)) {
                if (data5 > 1000000000 || isNaN(data5)) {
                  const err17 = {
                    instancePath: instancePath + '/flags/' + i0 + '/references',
                    schemaPath: '#/properties/flags/items/properties/references/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 1000000000 },
                    message: 'must be <= 1000000000',
                  };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
                if (data5 < 1 || isNaN(data5)) {
                  const err18 = {
                    instancePath: instancePath + '/flags/' + i0 + '/references',
                    schemaPath: '#/properties/flags/items/properties/references/minimum',
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
            }
            if (data3.locations !== undefined) {
              let data6 = data3.locations;
              if (Array.isArray(data6)) {
                if (data6.length > 100) {
                  const err19 = {
                    instancePath: instancePath + '/flags/' + i0 + '/locations',
                    schemaPath: '#/properties/flags/items/properties/locations/maxItems',
                    keyword: 'maxItems',
                    params: { limit: 100 },
                    message: 'must NOT have more than 100 items',
                  };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
                const len1 = data6.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data7 = data6[i1];
                  if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
                    if (data7.path === undefined) {
                      const err20 = {
                        instancePath: instancePath + '/flags/' + i0 + '/locations/' + i1,
                        schemaPath: 'https://ff.dev/openapi.json#/$defs/CodeLocation/required',
                        keyword: 'required',
                        params: { missingProperty: 'path' },
                        message: "must have required property '" + 'path' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err20];
                      } else {
                        vErrors.push(err20);
                      }
                      errors++;
                    }
                    if (data7.line === undefined) {
                      const err21 = {
                        instancePath: instancePath + '/flags/' + i0 + '/locations/' + i1,
                        schemaPath: 'https://ff.dev/openapi.json#/$defs/CodeLocation/required',
                        keyword: 'required',
                        params: { missingProperty: 'line' },
                        message: "must have required property '" + 'line' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err21];
                      } else {
                        vErrors.push(err21);
                      }
                      errors++;
                    }
                    for (const key2 in data7) {
                      if (!(key2 === 'path' || key2 === 'line' || key2 === 'kind')) {
                        const err22 = {
                          instancePath: instancePath + '/flags/' + i0 + '/locations/' + i1,
                          schemaPath: 'https://ff.dev/openapi.json#/$defs/CodeLocation/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key2 },
                          message: 'must NOT have additional properties',
                        };
                        if (vErrors === null) {
                          vErrors = [err22];
                        } else {
                          vErrors.push(err22);
                        }
                        errors++;
                      }
                    }
                    if (data7.path !== undefined) {
                      let data8 = data7.path;
                      if (typeof data8 === 'string') {
                        if (func1(data8) > 1024) {
                          const err23 = {
                            instancePath: instancePath + '/flags/' + i0 + '/locations/' + i1 + '/path',
                            schemaPath:
                              'https://ff.dev/openapi.json#/$defs/CodeLocation/properties/path/maxLength',
                            keyword: 'maxLength',
                            params: { limit: 1024 },
                            message: 'must NOT have more than 1024 characters',
                          };
                          if (vErrors === null) {
                            vErrors = [err23];
                          } else {
                            vErrors.push(err23);
                          }
                          errors++;
                        }
                        if (func1(data8) < 1) {
                          const err24 = {
                            instancePath: instancePath + '/flags/' + i0 + '/locations/' + i1 + '/path',
                            schemaPath:
                              'https://ff.dev/openapi.json#/$defs/CodeLocation/properties/path/minLength',
                            keyword: 'minLength',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 characters',
                          };
                          if (vErrors === null) {
                            vErrors = [err24];
                          } else {
                            vErrors.push(err24);
                          }
                          errors++;
                        }
                      } else {
                        const err25 = {
                          instancePath: instancePath + '/flags/' + i0 + '/locations/' + i1 + '/path',
                          schemaPath: 'https://ff.dev/openapi.json#/$defs/CodeLocation/properties/path/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err25];
                        } else {
                          vErrors.push(err25);
                        }
                        errors++;
                      }
                    }
                    if (data7.line !== undefined) {
                      let data9 = data7.line;
                      if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9) && isFinite(data9))) {
                        const err26 = {
                          instancePath: instancePath + '/flags/' + i0 + '/locations/' + i1 + '/line',
                          schemaPath: 'https://ff.dev/openapi.json#/$defs/CodeLocation/properties/line/type',
                          keyword: 'type',
                          params: { type: 'integer' },
                          message: 'must be integer',
                        };
                        if (vErrors === null) {
                          vErrors = [err26];
                        } else {
                          vErrors.push(err26);
                        }
                        errors++;
                      }
                      if (typeof data9 == 'number' && isFinite(data9)) {
                        if (data9 > 100000000 || isNaN(data9)) {
                          const err27 = {
                            instancePath: instancePath + '/flags/' + i0 + '/locations/' + i1 + '/line',
                            schemaPath:
                              'https://ff.dev/openapi.json#/$defs/CodeLocation/properties/line/maximum',
                            keyword: 'maximum',
                            params: { comparison: '<=', limit: 100000000 },
                            message: 'must be <= 100000000',
                          };
                          if (vErrors === null) {
                            vErrors = [err27];
                          } else {
                            vErrors.push(err27);
                          }
                          errors++;
                        }
                        if (data9 < 1 || isNaN(data9)) {
                          const err28 = {
                            instancePath: instancePath + '/flags/' + i0 + '/locations/' + i1 + '/line',
                            schemaPath:
                              'https://ff.dev/openapi.json#/$defs/CodeLocation/properties/line/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: 1 },
                            message: 'must be >= 1',
                          };
                          if (vErrors === null) {
                            vErrors = [err28];
                          } else {
                            vErrors.push(err28);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data7.kind !== undefined) {
                      let data10 = data7.kind;
                      if (typeof data10 !== 'string') {
                        const err29 = {
                          instancePath: instancePath + '/flags/' + i0 + '/locations/' + i1 + '/kind',
                          schemaPath: 'https://ff.dev/openapi.json#/$defs/CodeLocation/properties/kind/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err29];
                        } else {
                          vErrors.push(err29);
                        }
                        errors++;
                      }
                      if (!(
                        data10 === 'literal' ||
                        data10 === 'alias' ||
                        data10 === 'call' ||
                        data10 === 'pattern'
                      )) {
                        const err30 = {
                          instancePath: instancePath + '/flags/' + i0 + '/locations/' + i1 + '/kind',
                          schemaPath: 'https://ff.dev/openapi.json#/$defs/CodeLocation/properties/kind/enum',
                          keyword: 'enum',
                          params: { allowedValues: schema415.properties.kind.enum },
                          message: 'must be equal to one of the allowed values',
                        };
                        if (vErrors === null) {
                          vErrors = [err30];
                        } else {
                          vErrors.push(err30);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err31 = {
                      instancePath: instancePath + '/flags/' + i0 + '/locations/' + i1,
                      schemaPath: 'https://ff.dev/openapi.json#/$defs/CodeLocation/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                    };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
              } else {
                const err32 = {
                  instancePath: instancePath + '/flags/' + i0 + '/locations',
                  schemaPath: '#/properties/flags/items/properties/locations/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
          } else {
            const err33 = {
              instancePath: instancePath + '/flags/' + i0,
              schemaPath: '#/properties/flags/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      } else {
        const err34 = {
          instancePath: instancePath + '/flags',
          schemaPath: '#/properties/flags/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
  } else {
    const err35 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err35];
    } else {
      vErrors.push(err35);
    }
    errors++;
  }
  validate241.errors = vErrors;
  return errors === 0;
}
validate241.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate240(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate240.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate241(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate241.errors : vErrors.concat(validate241.errors);
    errors = vErrors.length;
  }
  validate240.errors = vErrors;
  return errors === 0;
}
validate240.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const deleteCodeReferences_params = validate243;
const schema416 = {
  type: 'object',
  properties: {
    project: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
    repository: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$' },
  },
  required: ['project', 'repository'],
};

function validate243(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate243.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.project === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'project' },
        message: "must have required property '" + 'project' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.repository === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'repository' },
        message: "must have required property '" + 'repository' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.project !== undefined) {
      let data0 = data.project;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/project',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/project',
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
    if (data.repository !== undefined) {
      let data1 = data.repository;
      if (typeof data1 === 'string') {
        if (!pattern167.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/repository',
            schemaPath: '#/properties/repository/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$' },
            message: 'must match pattern "' + '^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$' + '"',
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
          instancePath: instancePath + '/repository',
          schemaPath: '#/properties/repository/type',
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
  validate243.errors = vErrors;
  return errors === 0;
}
validate243.evaluated = {
  props: { project: true, repository: true },
  dynamicProps: false,
  dynamicItems: false,
};

export const getAuditEntry_params = validate244;
const schema418 = {
  type: 'object',
  properties: { entryId: { type: 'string', pattern: '^[1-9][0-9]{0,17}$' } },
  required: ['entryId'],
};

function validate244(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate244.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.entryId === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'entryId' },
        message: "must have required property '" + 'entryId' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.entryId !== undefined) {
      let data0 = data.entryId;
      if (typeof data0 === 'string') {
        if (!pattern97.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/entryId',
            schemaPath: '#/properties/entryId/pattern',
            keyword: 'pattern',
            params: { pattern: '^[1-9][0-9]{0,17}$' },
            message: 'must match pattern "' + '^[1-9][0-9]{0,17}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/entryId',
          schemaPath: '#/properties/entryId/type',
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
  validate244.errors = vErrors;
  return errors === 0;
}
validate244.evaluated = { props: { entryId: true }, dynamicProps: false, dynamicItems: false };

export const revertAuditEntry_params = validate245;
const schema419 = {
  type: 'object',
  properties: { entryId: { type: 'string', pattern: '^[1-9][0-9]{0,17}$' } },
  required: ['entryId'],
};

function validate245(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate245.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.entryId === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'entryId' },
        message: "must have required property '" + 'entryId' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.entryId !== undefined) {
      let data0 = data.entryId;
      if (typeof data0 === 'string') {
        if (!pattern97.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/entryId',
            schemaPath: '#/properties/entryId/pattern',
            keyword: 'pattern',
            params: { pattern: '^[1-9][0-9]{0,17}$' },
            message: 'must match pattern "' + '^[1-9][0-9]{0,17}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/entryId',
          schemaPath: '#/properties/entryId/type',
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
  validate245.errors = vErrors;
  return errors === 0;
}
validate245.evaluated = { props: { entryId: true }, dynamicProps: false, dynamicItems: false };

export const revertAuditEntry_body = validate246;
const schema420 = {
  type: 'object',
  additionalProperties: false,
  properties: {
    force: { type: 'boolean', default: false },
    comment: { $ref: 'https://ff.dev/openapi.json#/$defs/Comment' },
  },
};

function validate246(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate246.evaluated;
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
      if (!(key0 === 'force' || key0 === 'comment')) {
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
    if (typeof data.force !== 'boolean') {
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
    if (data.comment !== undefined) {
      let data1 = data.comment;
      if (typeof data1 === 'string') {
        if (func1(data1) > 1000) {
          const err2 = {
            instancePath: instancePath + '/comment',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Comment/maxLength',
            keyword: 'maxLength',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 characters',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/comment',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/Comment/type',
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
  validate246.errors = vErrors;
  return errors === 0;
}
validate246.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const getSdkConfig_headers = validate247;
const schema422 = { type: 'object', properties: { 'if-none-match': { type: 'string', maxLength: 200 } } };

function validate247(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate247.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data['if-none-match'] !== undefined) {
      let data0 = data['if-none-match'];
      if (typeof data0 === 'string') {
        if (func1(data0) > 200) {
          const err0 = {
            instancePath: instancePath + '/if-none-match',
            schemaPath: '#/properties/if-none-match/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/if-none-match',
          schemaPath: '#/properties/if-none-match/type',
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
  validate247.errors = vErrors;
  return errors === 0;
}
validate247.evaluated = { props: { 'if-none-match': true }, dynamicProps: false, dynamicItems: false };

export const streamSdkChanges_headers = validate248;
const schema423 = {
  type: 'object',
  properties: { 'last-event-id': { type: 'string', pattern: '^[0-9]{1,18}$' } },
};

function validate248(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate248.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data['last-event-id'] !== undefined) {
      let data0 = data['last-event-id'];
      if (typeof data0 === 'string') {
        if (!pattern126.test(data0)) {
          const err0 = {
            instancePath: instancePath + '/last-event-id',
            schemaPath: '#/properties/last-event-id/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9]{1,18}$' },
            message: 'must match pattern "' + '^[0-9]{1,18}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/last-event-id',
          schemaPath: '#/properties/last-event-id/type',
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
  validate248.errors = vErrors;
  return errors === 0;
}
validate248.evaluated = { props: { 'last-event-id': true }, dynamicProps: false, dynamicItems: false };

export const evaluateForClient_body = validate249;
const schema424 = {
  type: 'object',
  additionalProperties: false,
  required: ['context'],
  properties: { context: { $ref: 'https://ff.dev/openapi.json#/$defs/EvaluationContext' } },
};
const schema425 = {
  description:
    'Who or what a flag is evaluated for: `key` identifies it for targeting and bucketing; every other\nmember is an attribute clauses may test (`emailDomain` is derived from `email`). It nests at most\n65 levels deep (422 beyond, rule `nesting-depth`).\n',
  type: 'object',
  maxProperties: 200,
  properties: { key: { type: 'string', maxLength: 512 } },
  additionalProperties: true,
};

function validate249(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate249.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.context === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'context' },
        message: "must have required property '" + 'context' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'context')) {
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
    if (data.context !== undefined) {
      let data0 = data.context;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (Object.keys(data0).length > 200) {
          const err2 = {
            instancePath: instancePath + '/context',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/EvaluationContext/maxProperties',
            keyword: 'maxProperties',
            params: { limit: 200 },
            message: 'must NOT have more than 200 properties',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.key !== undefined) {
          let data1 = data0.key;
          if (typeof data1 === 'string') {
            if (func1(data1) > 512) {
              const err3 = {
                instancePath: instancePath + '/context/key',
                schemaPath: 'https://ff.dev/openapi.json#/$defs/EvaluationContext/properties/key/maxLength',
                keyword: 'maxLength',
                params: { limit: 512 },
                message: 'must NOT have more than 512 characters',
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = {
              instancePath: instancePath + '/context/key',
              schemaPath: 'https://ff.dev/openapi.json#/$defs/EvaluationContext/properties/key/type',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/context',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/EvaluationContext/type',
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
  validate249.errors = vErrors;
  return errors === 0;
}
validate249.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const postSdkEvents_body = validate250;
const schema426 = { $ref: 'https://ff.dev/openapi.json#/$defs/SdkEventBatch' };
const schema427 = {
  description:
    'At most 10,000 items in all (summaries + exposures + events) and 1 MiB; a larger batch is refused\nwhole (413), as is one with an invalid item (422). A time (`start`, `end`, `timestamp`) later than\nthe moment the server receives the batch is stored as that moment: nothing happens after it is\nreported, so a later time is a device clock running ahead.\n',
  type: 'object',
  additionalProperties: false,
  properties: {
    batchId: {
      type: 'string',
      minLength: 1,
      maxLength: 64,
      pattern: '^[A-Za-z0-9_-]+$',
      description:
        "The SDK's id of this batch, sent again unchanged on a retry: a batch whose id the environment\nalready counted (within a day) is accepted and not counted again, on any replica.\n",
    },
    summaries: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['flag', 'variation', 'count', 'start', 'end'],
        properties: {
          flag: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
          variation: {
            description: 'The index of the variation served, or null when the default was.',
            oneOf: [{ type: 'integer', minimum: 0, maximum: 1000 }, { type: 'null' }],
          },
          count: { type: 'integer', minimum: 1, maximum: 1000000000 },
          start: { $ref: 'https://ff.dev/openapi.json#/$defs/EpochMillis' },
          end: { $ref: 'https://ff.dev/openapi.json#/$defs/EpochMillis' },
        },
      },
    },
    exposures: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['flag', 'variation', 'contextKey', 'timestamp'],
        properties: {
          flag: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' },
          variation: { type: 'integer', minimum: 0, maximum: 1000 },
          contextKey: { type: 'string', minLength: 1, maxLength: 512 },
          timestamp: { $ref: 'https://ff.dev/openapi.json#/$defs/EpochMillis' },
        },
      },
    },
    events: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'contextKey', 'timestamp'],
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 200 },
          contextKey: { type: 'string', minLength: 1, maxLength: 512 },
          value: { type: 'number' },
          timestamp: { $ref: 'https://ff.dev/openapi.json#/$defs/EpochMillis' },
        },
      },
    },
  },
};
const schema429 = {
  description:
    'Milliseconds since 1970-01-01T00:00:00Z, up to the last millisecond of the year 9999: the range\nISO 8601 and PostgreSQL write with four-digit years (422 beyond).\n',
  type: 'integer',
  minimum: 0,
  maximum: 253402300799999,
};
const pattern175 = new RegExp('^[A-Za-z0-9_-]+$', 'u');

function validate251(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate251.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === 'batchId' || key0 === 'summaries' || key0 === 'exposures' || key0 === 'events')) {
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
    if (data.batchId !== undefined) {
      let data0 = data.batchId;
      if (typeof data0 === 'string') {
        if (func1(data0) > 64) {
          const err1 = {
            instancePath: instancePath + '/batchId',
            schemaPath: '#/properties/batchId/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err2 = {
            instancePath: instancePath + '/batchId',
            schemaPath: '#/properties/batchId/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern175.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/batchId',
            schemaPath: '#/properties/batchId/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z0-9_-]+$' },
            message: 'must match pattern "' + '^[A-Za-z0-9_-]+$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/batchId',
          schemaPath: '#/properties/batchId/type',
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
    if (data.summaries !== undefined) {
      let data1 = data.summaries;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
            if (data2.flag === undefined) {
              const err5 = {
                instancePath: instancePath + '/summaries/' + i0,
                schemaPath: '#/properties/summaries/items/required',
                keyword: 'required',
                params: { missingProperty: 'flag' },
                message: "must have required property '" + 'flag' + "'",
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data2.variation === undefined) {
              const err6 = {
                instancePath: instancePath + '/summaries/' + i0,
                schemaPath: '#/properties/summaries/items/required',
                keyword: 'required',
                params: { missingProperty: 'variation' },
                message: "must have required property '" + 'variation' + "'",
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data2.count === undefined) {
              const err7 = {
                instancePath: instancePath + '/summaries/' + i0,
                schemaPath: '#/properties/summaries/items/required',
                keyword: 'required',
                params: { missingProperty: 'count' },
                message: "must have required property '" + 'count' + "'",
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data2.start === undefined) {
              const err8 = {
                instancePath: instancePath + '/summaries/' + i0,
                schemaPath: '#/properties/summaries/items/required',
                keyword: 'required',
                params: { missingProperty: 'start' },
                message: "must have required property '" + 'start' + "'",
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (data2.end === undefined) {
              const err9 = {
                instancePath: instancePath + '/summaries/' + i0,
                schemaPath: '#/properties/summaries/items/required',
                keyword: 'required',
                params: { missingProperty: 'end' },
                message: "must have required property '" + 'end' + "'",
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            for (const key1 in data2) {
              if (!(
                key1 === 'flag' ||
                key1 === 'variation' ||
                key1 === 'count' ||
                key1 === 'start' ||
                key1 === 'end'
              )) {
                const err10 = {
                  instancePath: instancePath + '/summaries/' + i0,
                  schemaPath: '#/properties/summaries/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key1 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data2.flag !== undefined) {
              let data3 = data2.flag;
              if (typeof data3 === 'string') {
                if (!pattern4.test(data3)) {
                  const err11 = {
                    instancePath: instancePath + '/summaries/' + i0 + '/flag',
                    schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
                    message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              } else {
                const err12 = {
                  instancePath: instancePath + '/summaries/' + i0 + '/flag',
                  schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
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
            if (data2.variation !== undefined) {
              let data4 = data2.variation;
              const _errs13 = errors;
              let valid5 = false;
              let passing0 = null;
              const _errs14 = errors;
              if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
                const err13 = {
                  instancePath: instancePath + '/summaries/' + i0 + '/variation',
                  schemaPath: '#/properties/summaries/items/properties/variation/oneOf/0/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
              if (typeof data4 == 'number' && isFinite(data4)) {
                if (data4 > 1000 || isNaN(data4)) {
                  const err14 = {
                    instancePath: instancePath + '/summaries/' + i0 + '/variation',
                    schemaPath: '#/properties/summaries/items/properties/variation/oneOf/0/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 1000 },
                    message: 'must be <= 1000',
                  };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
                if (data4 < 0 || isNaN(data4)) {
                  const err15 = {
                    instancePath: instancePath + '/summaries/' + i0 + '/variation',
                    schemaPath: '#/properties/summaries/items/properties/variation/oneOf/0/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                  };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              }
              var _valid0 = _errs14 === errors;
              if (_valid0) {
                valid5 = true;
                passing0 = 0;
              }
              const _errs16 = errors;
              if (data4 !== null) {
                const err16 = {
                  instancePath: instancePath + '/summaries/' + i0 + '/variation',
                  schemaPath: '#/properties/summaries/items/properties/variation/oneOf/1/type',
                  keyword: 'type',
                  params: { type: 'null' },
                  message: 'must be null',
                };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
              var _valid0 = _errs16 === errors;
              if (_valid0 && valid5) {
                valid5 = false;
                passing0 = [passing0, 1];
              } else {
                if (_valid0) {
                  valid5 = true;
                  passing0 = 1;
                }
              }
              if (!valid5) {
                const err17 = {
                  instancePath: instancePath + '/summaries/' + i0 + '/variation',
                  schemaPath: '#/properties/summaries/items/properties/variation/oneOf',
                  keyword: 'oneOf',
                  params: { passingSchemas: passing0 },
                  message: 'must match exactly one schema in oneOf',
                };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              } else {
                errors = _errs13;
                if (vErrors !== null) {
                  if (_errs13) {
                    vErrors.length = _errs13;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data2.count !== undefined) {
              let data5 = data2.count;
              if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
                const err18 = {
                  instancePath: instancePath + '/summaries/' + i0 + '/count',
                  schemaPath: '#/properties/summaries/items/properties/count/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
              if (typeof data5 == 'number' && isFinite(data5)) {
                if (data5 > 1000000000 || isNaN(data5)) {
                  const err19 = {
                    instancePath: instancePath + '/summaries/' + i0 + '/count',
                    schemaPath: '#/properties/summaries/items/properties/count/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 1000000000 },
                    message: 'must be <= 1000000000',
                  };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
                if (data5 < 1 || isNaN(data5)) {
                  const err20 = {
                    instancePath: instancePath + '/summaries/' + i0 + '/count',
                    schemaPath: '#/properties/summaries/items/properties/count/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 1 },
                    message: 'must be >= 1',
                  };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              }
            }
            if (data2.start !== undefined) {
              let data6 = data2.start;
              if (!(typeof data6 == 'number' && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
                const err21 = {
                  instancePath: instancePath + '/summaries/' + i0 + '/start',
                  schemaPath: 'https://ff.dev/openapi.json#/$defs/EpochMillis/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
              if (typeof data6 == 'number' && isFinite(data6)) {
                if (data6 > 253402300799999 || isNaN(data6)) {
                  const err22 = {
                    instancePath: instancePath + '/summaries/' + i0 + '/start',
                    schemaPath: 'https://ff.dev/openapi.json#/$defs/EpochMillis/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 253402300799999 },
                    message: 'must be <= 253402300799999',
                  };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
                if (data6 < 0 || isNaN(data6)) {
                  const err23 = {
                    instancePath: instancePath + '/summaries/' + i0 + '/start',
                    schemaPath: 'https://ff.dev/openapi.json#/$defs/EpochMillis/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                  };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              }
            }
            if (data2.end !== undefined) {
              let data7 = data2.end;
              if (!(typeof data7 == 'number' && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
                const err24 = {
                  instancePath: instancePath + '/summaries/' + i0 + '/end',
                  schemaPath: 'https://ff.dev/openapi.json#/$defs/EpochMillis/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
              if (typeof data7 == 'number' && isFinite(data7)) {
                if (data7 > 253402300799999 || isNaN(data7)) {
                  const err25 = {
                    instancePath: instancePath + '/summaries/' + i0 + '/end',
                    schemaPath: 'https://ff.dev/openapi.json#/$defs/EpochMillis/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 253402300799999 },
                    message: 'must be <= 253402300799999',
                  };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
                if (data7 < 0 || isNaN(data7)) {
                  const err26 = {
                    instancePath: instancePath + '/summaries/' + i0 + '/end',
                    schemaPath: 'https://ff.dev/openapi.json#/$defs/EpochMillis/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                  };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err27 = {
              instancePath: instancePath + '/summaries/' + i0,
              schemaPath: '#/properties/summaries/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = {
          instancePath: instancePath + '/summaries',
          schemaPath: '#/properties/summaries/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.exposures !== undefined) {
      let data8 = data.exposures;
      if (Array.isArray(data8)) {
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data9 = data8[i1];
          if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
            if (data9.flag === undefined) {
              const err29 = {
                instancePath: instancePath + '/exposures/' + i1,
                schemaPath: '#/properties/exposures/items/required',
                keyword: 'required',
                params: { missingProperty: 'flag' },
                message: "must have required property '" + 'flag' + "'",
              };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (data9.variation === undefined) {
              const err30 = {
                instancePath: instancePath + '/exposures/' + i1,
                schemaPath: '#/properties/exposures/items/required',
                keyword: 'required',
                params: { missingProperty: 'variation' },
                message: "must have required property '" + 'variation' + "'",
              };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (data9.contextKey === undefined) {
              const err31 = {
                instancePath: instancePath + '/exposures/' + i1,
                schemaPath: '#/properties/exposures/items/required',
                keyword: 'required',
                params: { missingProperty: 'contextKey' },
                message: "must have required property '" + 'contextKey' + "'",
              };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            if (data9.timestamp === undefined) {
              const err32 = {
                instancePath: instancePath + '/exposures/' + i1,
                schemaPath: '#/properties/exposures/items/required',
                keyword: 'required',
                params: { missingProperty: 'timestamp' },
                message: "must have required property '" + 'timestamp' + "'",
              };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            for (const key2 in data9) {
              if (!(
                key2 === 'flag' ||
                key2 === 'variation' ||
                key2 === 'contextKey' ||
                key2 === 'timestamp'
              )) {
                const err33 = {
                  instancePath: instancePath + '/exposures/' + i1,
                  schemaPath: '#/properties/exposures/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key2 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data9.flag !== undefined) {
              let data10 = data9.flag;
              if (typeof data10 === 'string') {
                if (!pattern4.test(data10)) {
                  const err34 = {
                    instancePath: instancePath + '/exposures/' + i1 + '/flag',
                    schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
                    message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              } else {
                const err35 = {
                  instancePath: instancePath + '/exposures/' + i1 + '/flag',
                  schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data9.variation !== undefined) {
              let data11 = data9.variation;
              if (!(typeof data11 == 'number' && !(data11 % 1) && !isNaN(data11) && isFinite(data11))) {
                const err36 = {
                  instancePath: instancePath + '/exposures/' + i1 + '/variation',
                  schemaPath: '#/properties/exposures/items/properties/variation/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
              if (typeof data11 == 'number' && isFinite(data11)) {
                if (data11 > 1000 || isNaN(data11)) {
                  const err37 = {
                    instancePath: instancePath + '/exposures/' + i1 + '/variation',
                    schemaPath: '#/properties/exposures/items/properties/variation/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 1000 },
                    message: 'must be <= 1000',
                  };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
                if (data11 < 0 || isNaN(data11)) {
                  const err38 = {
                    instancePath: instancePath + '/exposures/' + i1 + '/variation',
                    schemaPath: '#/properties/exposures/items/properties/variation/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                  };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              }
            }
            if (data9.contextKey !== undefined) {
              let data12 = data9.contextKey;
              if (typeof data12 === 'string') {
                if (func1(data12) > 512) {
                  const err39 = {
                    instancePath: instancePath + '/exposures/' + i1 + '/contextKey',
                    schemaPath: '#/properties/exposures/items/properties/contextKey/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 512 },
                    message: 'must NOT have more than 512 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
                if (func1(data12) < 1) {
                  const err40 = {
                    instancePath: instancePath + '/exposures/' + i1 + '/contextKey',
                    schemaPath: '#/properties/exposures/items/properties/contextKey/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              } else {
                const err41 = {
                  instancePath: instancePath + '/exposures/' + i1 + '/contextKey',
                  schemaPath: '#/properties/exposures/items/properties/contextKey/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data9.timestamp !== undefined) {
              let data13 = data9.timestamp;
              if (!(typeof data13 == 'number' && !(data13 % 1) && !isNaN(data13) && isFinite(data13))) {
                const err42 = {
                  instancePath: instancePath + '/exposures/' + i1 + '/timestamp',
                  schemaPath: 'https://ff.dev/openapi.json#/$defs/EpochMillis/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
              if (typeof data13 == 'number' && isFinite(data13)) {
                if (data13 > 253402300799999 || isNaN(data13)) {
                  const err43 = {
                    instancePath: instancePath + '/exposures/' + i1 + '/timestamp',
                    schemaPath: 'https://ff.dev/openapi.json#/$defs/EpochMillis/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 253402300799999 },
                    message: 'must be <= 253402300799999',
                  };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
                if (data13 < 0 || isNaN(data13)) {
                  const err44 = {
                    instancePath: instancePath + '/exposures/' + i1 + '/timestamp',
                    schemaPath: 'https://ff.dev/openapi.json#/$defs/EpochMillis/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                  };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err45 = {
              instancePath: instancePath + '/exposures/' + i1,
              schemaPath: '#/properties/exposures/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
      } else {
        const err46 = {
          instancePath: instancePath + '/exposures',
          schemaPath: '#/properties/exposures/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.events !== undefined) {
      let data14 = data.events;
      if (Array.isArray(data14)) {
        const len2 = data14.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data15 = data14[i2];
          if (data15 && typeof data15 == 'object' && !Array.isArray(data15)) {
            if (data15.name === undefined) {
              const err47 = {
                instancePath: instancePath + '/events/' + i2,
                schemaPath: '#/properties/events/items/required',
                keyword: 'required',
                params: { missingProperty: 'name' },
                message: "must have required property '" + 'name' + "'",
              };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            if (data15.contextKey === undefined) {
              const err48 = {
                instancePath: instancePath + '/events/' + i2,
                schemaPath: '#/properties/events/items/required',
                keyword: 'required',
                params: { missingProperty: 'contextKey' },
                message: "must have required property '" + 'contextKey' + "'",
              };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (data15.timestamp === undefined) {
              const err49 = {
                instancePath: instancePath + '/events/' + i2,
                schemaPath: '#/properties/events/items/required',
                keyword: 'required',
                params: { missingProperty: 'timestamp' },
                message: "must have required property '" + 'timestamp' + "'",
              };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            for (const key3 in data15) {
              if (!(key3 === 'name' || key3 === 'contextKey' || key3 === 'value' || key3 === 'timestamp')) {
                const err50 = {
                  instancePath: instancePath + '/events/' + i2,
                  schemaPath: '#/properties/events/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key3 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data15.name !== undefined) {
              let data16 = data15.name;
              if (typeof data16 === 'string') {
                if (func1(data16) > 200) {
                  const err51 = {
                    instancePath: instancePath + '/events/' + i2 + '/name',
                    schemaPath: '#/properties/events/items/properties/name/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 200 },
                    message: 'must NOT have more than 200 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
                if (func1(data16) < 1) {
                  const err52 = {
                    instancePath: instancePath + '/events/' + i2 + '/name',
                    schemaPath: '#/properties/events/items/properties/name/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              } else {
                const err53 = {
                  instancePath: instancePath + '/events/' + i2 + '/name',
                  schemaPath: '#/properties/events/items/properties/name/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data15.contextKey !== undefined) {
              let data17 = data15.contextKey;
              if (typeof data17 === 'string') {
                if (func1(data17) > 512) {
                  const err54 = {
                    instancePath: instancePath + '/events/' + i2 + '/contextKey',
                    schemaPath: '#/properties/events/items/properties/contextKey/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 512 },
                    message: 'must NOT have more than 512 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
                if (func1(data17) < 1) {
                  const err55 = {
                    instancePath: instancePath + '/events/' + i2 + '/contextKey',
                    schemaPath: '#/properties/events/items/properties/contextKey/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              } else {
                const err56 = {
                  instancePath: instancePath + '/events/' + i2 + '/contextKey',
                  schemaPath: '#/properties/events/items/properties/contextKey/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data15.value !== undefined) {
              let data18 = data15.value;
              if (!(typeof data18 == 'number' && isFinite(data18))) {
                const err57 = {
                  instancePath: instancePath + '/events/' + i2 + '/value',
                  schemaPath: '#/properties/events/items/properties/value/type',
                  keyword: 'type',
                  params: { type: 'number' },
                  message: 'must be number',
                };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data15.timestamp !== undefined) {
              let data19 = data15.timestamp;
              if (!(typeof data19 == 'number' && !(data19 % 1) && !isNaN(data19) && isFinite(data19))) {
                const err58 = {
                  instancePath: instancePath + '/events/' + i2 + '/timestamp',
                  schemaPath: 'https://ff.dev/openapi.json#/$defs/EpochMillis/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
              if (typeof data19 == 'number' && isFinite(data19)) {
                if (data19 > 253402300799999 || isNaN(data19)) {
                  const err59 = {
                    instancePath: instancePath + '/events/' + i2 + '/timestamp',
                    schemaPath: 'https://ff.dev/openapi.json#/$defs/EpochMillis/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 253402300799999 },
                    message: 'must be <= 253402300799999',
                  };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
                if (data19 < 0 || isNaN(data19)) {
                  const err60 = {
                    instancePath: instancePath + '/events/' + i2 + '/timestamp',
                    schemaPath: 'https://ff.dev/openapi.json#/$defs/EpochMillis/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                  };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err61 = {
              instancePath: instancePath + '/events/' + i2,
              schemaPath: '#/properties/events/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
      } else {
        const err62 = {
          instancePath: instancePath + '/events',
          schemaPath: '#/properties/events/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
  } else {
    const err63 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err63];
    } else {
      vErrors.push(err63);
    }
    errors++;
  }
  validate251.errors = vErrors;
  return errors === 0;
}
validate251.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate250(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate250.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate251(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate251.errors : vErrors.concat(validate251.errors);
    errors = vErrors.length;
  }
  validate250.errors = vErrors;
  return errors === 0;
}
validate250.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const assignExperiment_params = validate253;
const schema434 = {
  type: 'object',
  properties: { experiment: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' } },
  required: ['experiment'],
};

function validate253(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate253.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.experiment === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'experiment' },
        message: "must have required property '" + 'experiment' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.experiment !== undefined) {
      let data0 = data.experiment;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/experiment',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/experiment',
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
  validate253.errors = vErrors;
  return errors === 0;
}
validate253.evaluated = { props: { experiment: true }, dynamicProps: false, dynamicItems: false };

export const assignExperiment_body = validate254;
const schema436 = { $ref: 'https://ff.dev/openapi.json#/$defs/SdkExperimentRequest' };
const schema437 = {
  type: 'object',
  additionalProperties: false,
  required: ['context'],
  properties: { context: { $ref: 'https://ff.dev/openapi.json#/$defs/EvaluationContext' } },
};

function validate255(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate255.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.context === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'context' },
        message: "must have required property '" + 'context' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'context')) {
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
    if (data.context !== undefined) {
      let data0 = data.context;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (Object.keys(data0).length > 200) {
          const err2 = {
            instancePath: instancePath + '/context',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/EvaluationContext/maxProperties',
            keyword: 'maxProperties',
            params: { limit: 200 },
            message: 'must NOT have more than 200 properties',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.key !== undefined) {
          let data1 = data0.key;
          if (typeof data1 === 'string') {
            if (func1(data1) > 512) {
              const err3 = {
                instancePath: instancePath + '/context/key',
                schemaPath: 'https://ff.dev/openapi.json#/$defs/EvaluationContext/properties/key/maxLength',
                keyword: 'maxLength',
                params: { limit: 512 },
                message: 'must NOT have more than 512 characters',
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = {
              instancePath: instancePath + '/context/key',
              schemaPath: 'https://ff.dev/openapi.json#/$defs/EvaluationContext/properties/key/type',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/context',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/EvaluationContext/type',
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
  validate255.errors = vErrors;
  return errors === 0;
}
validate255.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate254(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate254.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate255(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate255.errors : vErrors.concat(validate255.errors);
    errors = vErrors.length;
  }
  validate254.errors = vErrors;
  return errors === 0;
}
validate254.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const getExperimentVariant_params = validate257;
const schema439 = {
  type: 'object',
  properties: { experiment: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' } },
  required: ['experiment'],
};

function validate257(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate257.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.experiment === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'experiment' },
        message: "must have required property '" + 'experiment' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.experiment !== undefined) {
      let data0 = data.experiment;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/experiment',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/experiment',
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
  validate257.errors = vErrors;
  return errors === 0;
}
validate257.evaluated = { props: { experiment: true }, dynamicProps: false, dynamicItems: false };

export const getExperimentVariant_body = validate258;
const schema441 = { $ref: 'https://ff.dev/openapi.json#/$defs/SdkExperimentRequest' };

function validate259(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate259.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.context === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'context' },
        message: "must have required property '" + 'context' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'context')) {
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
    if (data.context !== undefined) {
      let data0 = data.context;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (Object.keys(data0).length > 200) {
          const err2 = {
            instancePath: instancePath + '/context',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/EvaluationContext/maxProperties',
            keyword: 'maxProperties',
            params: { limit: 200 },
            message: 'must NOT have more than 200 properties',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.key !== undefined) {
          let data1 = data0.key;
          if (typeof data1 === 'string') {
            if (func1(data1) > 512) {
              const err3 = {
                instancePath: instancePath + '/context/key',
                schemaPath: 'https://ff.dev/openapi.json#/$defs/EvaluationContext/properties/key/maxLength',
                keyword: 'maxLength',
                params: { limit: 512 },
                message: 'must NOT have more than 512 characters',
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = {
              instancePath: instancePath + '/context/key',
              schemaPath: 'https://ff.dev/openapi.json#/$defs/EvaluationContext/properties/key/type',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/context',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/EvaluationContext/type',
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
  validate259.errors = vErrors;
  return errors === 0;
}
validate259.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate258(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate258.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate259(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate259.errors : vErrors.concat(validate259.errors);
    errors = vErrors.length;
  }
  validate258.errors = vErrors;
  return errors === 0;
}
validate258.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const logExperimentExposure_params = validate261;
const schema444 = {
  type: 'object',
  properties: { experiment: { $ref: 'https://ff.dev/openapi.json#/$defs/Key' } },
  required: ['experiment'],
};

function validate261(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate261.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.experiment === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'experiment' },
        message: "must have required property '" + 'experiment' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.experiment !== undefined) {
      let data0 = data.experiment;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/experiment',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/Key/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]{0,127}$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/experiment',
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
  validate261.errors = vErrors;
  return errors === 0;
}
validate261.evaluated = { props: { experiment: true }, dynamicProps: false, dynamicItems: false };

export const logExperimentExposure_body = validate262;
const schema446 = { $ref: 'https://ff.dev/openapi.json#/$defs/SdkExperimentRequest' };

function validate263(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate263.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.context === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'context' },
        message: "must have required property '" + 'context' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'context')) {
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
    if (data.context !== undefined) {
      let data0 = data.context;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (Object.keys(data0).length > 200) {
          const err2 = {
            instancePath: instancePath + '/context',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/EvaluationContext/maxProperties',
            keyword: 'maxProperties',
            params: { limit: 200 },
            message: 'must NOT have more than 200 properties',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.key !== undefined) {
          let data1 = data0.key;
          if (typeof data1 === 'string') {
            if (func1(data1) > 512) {
              const err3 = {
                instancePath: instancePath + '/context/key',
                schemaPath: 'https://ff.dev/openapi.json#/$defs/EvaluationContext/properties/key/maxLength',
                keyword: 'maxLength',
                params: { limit: 512 },
                message: 'must NOT have more than 512 characters',
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = {
              instancePath: instancePath + '/context/key',
              schemaPath: 'https://ff.dev/openapi.json#/$defs/EvaluationContext/properties/key/type',
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
      } else {
        const err5 = {
          instancePath: instancePath + '/context',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/EvaluationContext/type',
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
  validate263.errors = vErrors;
  return errors === 0;
}
validate263.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate262(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate262.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate263(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate263.errors : vErrors.concat(validate263.errors);
    errors = vErrors.length;
  }
  validate262.errors = vErrors;
  return errors === 0;
}
validate262.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const ofrepEvaluateFlag_params = validate265;
const schema449 = {
  type: 'object',
  properties: { key: { type: 'string', minLength: 1, maxLength: 200 } },
  required: ['key'],
};

function validate265(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate265.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.key === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'key' },
        message: "must have required property '" + 'key' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.key !== undefined) {
      let data0 = data.key;
      if (typeof data0 === 'string') {
        if (func1(data0) > 200) {
          const err1 = {
            instancePath: instancePath + '/key',
            schemaPath: '#/properties/key/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err2 = {
            instancePath: instancePath + '/key',
            schemaPath: '#/properties/key/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/key',
          schemaPath: '#/properties/key/type',
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
  validate265.errors = vErrors;
  return errors === 0;
}
validate265.evaluated = { props: { key: true }, dynamicProps: false, dynamicItems: false };

export const ofrepEvaluateFlag_body = validate266;
const schema450 = { $ref: 'https://ff.dev/openapi.json#/$defs/OfrepRequest' };
const schema451 = {
  type: 'object',
  properties: { context: { $ref: 'https://ff.dev/openapi.json#/$defs/OfrepContext' } },
};
const schema452 = {
  description:
    "OpenFeature's evaluation context; `targetingKey` is ff's context `key`. It nests at most 65 levels\ndeep (INVALID_CONTEXT beyond).\n",
  type: 'object',
  maxProperties: 200,
  properties: { targetingKey: { type: 'string', maxLength: 512 } },
  additionalProperties: true,
};

function validate267(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate267.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.context !== undefined) {
      let data0 = data.context;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (Object.keys(data0).length > 200) {
          const err0 = {
            instancePath: instancePath + '/context',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/OfrepContext/maxProperties',
            keyword: 'maxProperties',
            params: { limit: 200 },
            message: 'must NOT have more than 200 properties',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data0.targetingKey !== undefined) {
          let data1 = data0.targetingKey;
          if (typeof data1 === 'string') {
            if (func1(data1) > 512) {
              const err1 = {
                instancePath: instancePath + '/context/targetingKey',
                schemaPath:
                  'https://ff.dev/openapi.json#/$defs/OfrepContext/properties/targetingKey/maxLength',
                keyword: 'maxLength',
                params: { limit: 512 },
                message: 'must NOT have more than 512 characters',
              };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          } else {
            const err2 = {
              instancePath: instancePath + '/context/targetingKey',
              schemaPath: 'https://ff.dev/openapi.json#/$defs/OfrepContext/properties/targetingKey/type',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/context',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/OfrepContext/type',
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
  validate267.errors = vErrors;
  return errors === 0;
}
validate267.evaluated = { props: { context: true }, dynamicProps: false, dynamicItems: false };

function validate266(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate266.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate267(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate267.errors : vErrors.concat(validate267.errors);
    errors = vErrors.length;
  }
  validate266.errors = vErrors;
  return errors === 0;
}
validate266.evaluated = { props: { context: true }, dynamicProps: false, dynamicItems: false };

export const ofrepEvaluateAll_headers = validate269;
const schema453 = { type: 'object', properties: { 'if-none-match': { type: 'string', maxLength: 200 } } };

function validate269(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate269.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data['if-none-match'] !== undefined) {
      let data0 = data['if-none-match'];
      if (typeof data0 === 'string') {
        if (func1(data0) > 200) {
          const err0 = {
            instancePath: instancePath + '/if-none-match',
            schemaPath: '#/properties/if-none-match/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/if-none-match',
          schemaPath: '#/properties/if-none-match/type',
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
  validate269.errors = vErrors;
  return errors === 0;
}
validate269.evaluated = { props: { 'if-none-match': true }, dynamicProps: false, dynamicItems: false };

export const ofrepEvaluateAll_body = validate270;
const schema454 = { $ref: 'https://ff.dev/openapi.json#/$defs/OfrepRequest' };

function validate271(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate271.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.context !== undefined) {
      let data0 = data.context;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (Object.keys(data0).length > 200) {
          const err0 = {
            instancePath: instancePath + '/context',
            schemaPath: 'https://ff.dev/openapi.json#/$defs/OfrepContext/maxProperties',
            keyword: 'maxProperties',
            params: { limit: 200 },
            message: 'must NOT have more than 200 properties',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data0.targetingKey !== undefined) {
          let data1 = data0.targetingKey;
          if (typeof data1 === 'string') {
            if (func1(data1) > 512) {
              const err1 = {
                instancePath: instancePath + '/context/targetingKey',
                schemaPath:
                  'https://ff.dev/openapi.json#/$defs/OfrepContext/properties/targetingKey/maxLength',
                keyword: 'maxLength',
                params: { limit: 512 },
                message: 'must NOT have more than 512 characters',
              };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          } else {
            const err2 = {
              instancePath: instancePath + '/context/targetingKey',
              schemaPath: 'https://ff.dev/openapi.json#/$defs/OfrepContext/properties/targetingKey/type',
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
      } else {
        const err3 = {
          instancePath: instancePath + '/context',
          schemaPath: 'https://ff.dev/openapi.json#/$defs/OfrepContext/type',
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
  validate271.errors = vErrors;
  return errors === 0;
}
validate271.evaluated = { props: { context: true }, dynamicProps: false, dynamicItems: false };

function validate270(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate270.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate271(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate271.errors : vErrors.concat(validate271.errors);
    errors = vErrors.length;
  }
  validate270.errors = vErrors;
  return errors === 0;
}
validate270.evaluated = { props: { context: true }, dynamicProps: false, dynamicItems: false };
